// Three invented negotiations for the round-13 training block (eval/extract/train13.yaml): the
// farm-tariff chapter of a trade agreement between the Austral Customs Union and the Northern
// Economic Community, the Veshta river water-sharing treaty between upstream Karavan (building the
// Tolsun dam) and downstream Meridia and Osmaly, and the merger of Harrowgate General and St
// Aldric's hospitals (the two boards, the Wessmoor health authority and the nurses' union).
// Aliases were written as an analyst setting up each scenario would, before any sentence, and are
// not extended afterwards.
import { makeScenario } from './build.js';

export const farmtariffScenario = makeScenario(
  'farmtariff-t13',
  [
    {
      id: 'ACU',
      name: 'Austral Customs Union',
      aliases: [
        'ACU',
        'the customs union',
        'Austral bloc',
        'Austral',
        'Austral negotiators',
        'Austral delegation',
        'Puerto Lindo',
        'ACU secretariat',
        'chief negotiator Ferreyra',
        'Ferreyra',
        'Trade Commissioner Balmaceda',
        'Balmaceda',
        'ACU ministers',
      ],
    },
    {
      id: 'NEC',
      name: 'Northern Economic Community',
      aliases: [
        'NEC',
        'the Community',
        'Northern bloc',
        'Northern',
        'NEC negotiators',
        'Northern negotiators',
        'NEC delegation',
        'Aldenburg',
        'NEC Commission',
        'chief negotiator Lindqvist',
        'Lindqvist',
        'Agriculture Commissioner Verhaegen',
        'Verhaegen',
        'NEC member states',
        'NEC farm ministers',
      ],
    },
  ],
  [
    {
      id: 'beef_trq',
      name: 'beef tariff-rate quota',
      aliases: [
        'beef quota',
        'tariff-rate quota',
        'TRQ',
        'quota for beef',
        'beef tariff-rate quota',
        'duty-free beef',
        'beef imports',
        'quota',
      ],
      range: { min: 0, max: 200_000, step: 5_000, unit: 'tonnes a year' },
    },
    {
      id: 'safeguard',
      name: 'bilateral safeguard clause',
      aliases: [
        'safeguard',
        'safeguard clause',
        'safeguard mechanism',
        'emergency brake',
        'surge mechanism',
        'import surge',
      ],
      options: [
        [
          'automatic',
          'automatic volume trigger',
          [
            'automatic trigger',
            'automatic safeguard',
            'volume trigger',
            'automatic tariff snapback',
            'snapback',
          ],
        ],
        [
          'investigation',
          'safeguard after an injury investigation',
          ['injury investigation', 'injury test', 'investigation', 'proof of serious injury'],
        ],
        ['none', 'no bilateral safeguard', ['no safeguard', 'without a safeguard', 'scrap the safeguard']],
      ],
    },
    {
      id: 'gi',
      name: 'geographical indications',
      aliases: [
        'geographical indications',
        'GIs',
        'GI',
        'protected names',
        'food names',
        'cheese names',
        'appellations',
      ],
      options: [
        [
          'full_list',
          'protection of the full NEC list',
          ['full list', 'entire list', 'all names', 'full protection', 'protect the names'],
        ],
        [
          'grandfathering',
          'protection with prior users grandfathered',
          ['grandfathering', 'grandfather clause', 'prior users', 'existing producers', 'coexistence'],
        ],
        ['none', 'no GI protection', ['no protection', 'generic names', 'generic']],
      ],
    },
    {
      id: 'sps',
      name: 'sanitary and phytosanitary rules',
      aliases: [
        'sanitary rules',
        'sanitary and phytosanitary',
        'SPS',
        'food safety rules',
        'food safety standards',
        'animal health rules',
        'hormone-treated beef',
        'pesticide residues',
      ],
      options: [
        [
          'equivalence',
          'mutual recognition of equivalence',
          ['equivalence', 'mutual recognition', 'recognise each other', 'equivalent'],
        ],
        [
          'importer_standards',
          "importer's standards apply",
          ['mirror clauses', 'mirror clause', 'same standards', 'own standards', 'production standards'],
        ],
      ],
    },
  ],
);

export const veshtaScenario = makeScenario(
  'veshta-t13',
  [
    {
      id: 'KAR',
      name: 'Karavan',
      aliases: [
        'Karavani',
        'Karavani government',
        'Karavani negotiators',
        'Karavani delegation',
        'Dashtabad',
        'President Ozerov',
        'Ozerov',
        'Water Minister Tahiri',
        'Tahiri',
        'chief negotiator Rasulov',
        'Rasulov',
      ],
    },
    {
      id: 'MER',
      name: 'Meridia',
      aliases: [
        'Meridian',
        'Meridian government',
        'Meridian negotiators',
        'Meridian delegation',
        'Calesse',
        'Prime Minister Anouar',
        'Anouar',
        'Irrigation Minister Bekri',
        'Bekri',
        'chief negotiator Salloum',
        'Salloum',
      ],
    },
    {
      id: 'OSM',
      name: 'Osmaly',
      aliases: [
        'Osmalian',
        'Osmalian government',
        'Osmalian negotiators',
        'Osmalian delegation',
        'Tiresk',
        'President Halvani',
        'Halvani',
        'Foreign Minister Dursun',
        'Dursun',
        'chief negotiator Emre Koval',
        'Koval',
      ],
    },
  ],
  [
    {
      id: 'min_flow',
      name: 'guaranteed minimum flow at the border',
      aliases: [
        'minimum flow',
        'guaranteed flow',
        'minimum release',
        'water release',
        'releases',
        'flow',
        'cubic metres per second',
      ],
      range: { min: 200, max: 900, step: 10, unit: 'cubic metres per second' },
    },
    {
      id: 'filling',
      name: 'filling schedule of the Tolsun reservoir',
      aliases: [
        'filling',
        'filling schedule',
        'fill the reservoir',
        'filling of the reservoir',
        'reservoir',
        'Tolsun reservoir',
        'impoundment',
      ],
      options: [
        ['fast', 'filling in three years', ['three years', 'rapid filling', 'fast filling', 'fill quickly']],
        [
          'medium',
          'filling in five to seven years',
          ['five years', 'six years', 'seven years', 'five to seven years'],
        ],
        [
          'slow',
          'filling over ten years or more',
          ['ten years', 'twelve years', 'slow filling', 'gradual filling', 'decade', 'drought-adjusted'],
        ],
      ],
    },
    {
      id: 'commission',
      name: 'joint monitoring commission',
      aliases: [
        'commission',
        'joint commission',
        'monitoring commission',
        'joint monitoring',
        'monitoring',
        'gauging stations',
        'data sharing',
      ],
      options: [
        [
          'binding',
          'commission with binding powers and on-site access',
          [
            'binding powers',
            'on-site inspection',
            'on-site access',
            'real-time data',
            'inspectors at the dam',
          ],
        ],
        [
          'advisory',
          'advisory commission',
          ['advisory', 'advisory body', 'consultative', 'technical committee'],
        ],
        ['none', 'no joint commission', ['no commission', 'national monitoring', 'own monitoring']],
      ],
    },
    {
      id: 'arbitration',
      name: 'dispute settlement',
      aliases: [
        'arbitration',
        'dispute settlement',
        'disputes',
        'dispute resolution',
        'arbitral tribunal',
        'International Court of Justice',
      ],
      options: [
        [
          'binding',
          'binding international arbitration',
          [
            'binding arbitration',
            'international arbitration',
            'arbitral tribunal',
            'third-party arbitration',
            'International Court of Justice',
          ],
        ],
        ['mediation', 'non-binding mediation', ['mediation', 'mediator', 'good offices', 'conciliation']],
        [
          'negotiation',
          'settlement by negotiation only',
          ['bilateral consultations', 'negotiation', 'among the parties', 'political level'],
        ],
      ],
    },
  ],
);

export const hospitalmergerScenario = makeScenario(
  'hospitalmerger-t13',
  [
    {
      id: 'HGH',
      name: 'Harrowgate General Hospital board',
      aliases: [
        'Harrowgate General',
        'Harrowgate board',
        'Harrowgate',
        'Harrowgate trustees',
        'board of Harrowgate General',
        'Harrowgate chair Margaret Ellison',
        'Ellison',
        'Harrowgate chief executive Tom Brierley',
        'Brierley',
      ],
    },
    {
      id: 'STA',
      name: "St Aldric's Hospital board",
      aliases: [
        "St Aldric's",
        "St Aldric's board",
        "St Aldric's trustees",
        "board of St Aldric's",
        "St Aldric's chair Dr Nadia Qureshi",
        'Qureshi',
        "St Aldric's chief executive Paul Okafor",
        'Okafor',
      ],
    },
    {
      id: 'AUTH',
      name: 'Wessmoor Health Authority',
      aliases: [
        'health authority',
        'Wessmoor Health Authority',
        'the authority',
        'WHA',
        'regional health authority',
        'commissioners',
        'authority chief executive Janet Rowe',
        'Rowe',
        'health authority officials',
      ],
    },
    {
      id: 'UNION',
      name: "Wessmoor nurses' union",
      aliases: [
        "nurses' union",
        'nurses union',
        'the union',
        'union',
        'nurses',
        'Royal Guild of Nurses',
        'RGN',
        'union officials',
        'union representatives',
        'regional secretary Dave Hollins',
        'Hollins',
      ],
    },
  ],
  [
    {
      id: 'closure',
      name: 'site closures',
      aliases: [
        'site closures',
        'closure',
        'closures',
        'close',
        'emergency department',
        'A&E',
        'maternity unit',
        'Ferry Road site',
        'sites',
      ],
      options: [
        [
          'both_open',
          'both sites keep full services',
          ['both sites', 'keep both', 'no closures', 'no site closures', 'keep open'],
        ],
        [
          'downgrade',
          "St Aldric's A&E downgraded to an urgent care centre",
          ['downgrade', 'downgraded', 'urgent care centre', 'minor injuries unit', 'consolidate'],
        ],
        [
          'close_site',
          "closure of the St Aldric's Ferry Road site",
          ['close the site', 'closing the site', 'shut', 'sell the site'],
        ],
      ],
    },
    {
      id: 'ratio',
      name: 'nurse-to-patient staffing ratio on general wards (patients per nurse)',
      aliases: [
        'staffing ratio',
        'staffing ratios',
        'nurse-to-patient ratio',
        'patients per nurse',
        'ratio',
        'safe staffing',
        'staffing levels',
      ],
      range: { min: 3, max: 10, step: 1, unit: 'patients per nurse' },
    },
    {
      id: 'jobs',
      name: 'job guarantees',
      aliases: [
        'job guarantees',
        'job guarantee',
        'redundancies',
        'compulsory redundancies',
        'job losses',
        'job cuts',
        'jobs',
        'no-redundancy pledge',
      ],
      options: [
        [
          'no_redundancy',
          'no compulsory redundancies',
          [
            'no compulsory redundancies',
            'no-redundancy pledge',
            'no redundancies',
            'job guarantee',
            'guarantee every job',
          ],
        ],
        [
          'voluntary',
          'voluntary redundancies only',
          ['voluntary redundancies', 'voluntary redundancy', 'voluntary exits', 'natural attrition'],
        ],
        [
          'compulsory',
          'compulsory redundancies allowed',
          ['compulsory redundancies', 'job cuts', 'redundancies', 'lay off'],
        ],
      ],
    },
    {
      id: 'seat',
      name: 'name and seat of the merged trust',
      aliases: [
        'name',
        'seat',
        'headquarters',
        'head office',
        'name and seat',
        'name of the merged trust',
        'merged trust',
      ],
      options: [
        [
          'harrowgate',
          'seat at Harrowgate, Harrowgate name',
          ['Harrowgate headquarters', 'based at Harrowgate', 'Harrowgate name'],
        ],
        [
          'staldric',
          "seat at St Aldric's, St Aldric's name",
          ["St Aldric's name", "based at St Aldric's", "St Aldric's headquarters"],
        ],
        [
          'neutral',
          'neutral name (Wessmoor Hospitals), shared seat',
          ['Wessmoor Hospitals', 'neutral name', 'new name', 'shared seat', 'rotating'],
        ],
      ],
    },
  ],
);
