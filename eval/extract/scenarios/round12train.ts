// Three invented negotiations for the round-12 training block (eval/extract/train11.yaml): the
// Karst Gate rail tunnel between Pellonia and Serrandi with a development bank lending, the life
// extension of the ageing Brennmoor-1 reactor (a national regulator, the plant operator and the
// neighbouring state of Lindavia), and a collective bargaining agreement between the Meridian
// Football League and its players' association. Aliases were written as an analyst setting up
// each scenario would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const tunnelScenario = makeScenario(
  'tunnel-t11',
  [
    {
      id: 'PEL',
      name: 'Pellonia',
      aliases: [
        'Pellonian',
        'Pellonian government',
        'Pellonian negotiators',
        'Pellonian delegation',
        'Marisk',
        'Prime Minister Vostrel',
        'Vostrel',
        'Transport Minister Odlan',
        'Odlan',
        'chief negotiator Stascik',
        'Stascik',
      ],
    },
    {
      id: 'SER',
      name: 'Serrandi',
      aliases: [
        'Serrandian',
        'Serrandian government',
        'Serrandian negotiators',
        'Serrandian delegation',
        'Olvena',
        'President Arriaga-Lind',
        'Arriaga-Lind',
        'Infrastructure Minister Colm',
        'Colm',
        'chief negotiator Ferrao',
        'Ferrao',
      ],
    },
    {
      id: 'TDB',
      name: 'Transcontinental Development Bank',
      aliases: [
        'TDB',
        'the bank',
        'development bank',
        'the lender',
        'bank officials',
        'bank president Sollund',
        'Sollund',
        'the bank’s board',
        "the bank's board",
      ],
    },
  ],
  [
    {
      id: 'cost_share',
      name: "Pellonia's share of construction costs",
      aliases: [
        'cost share',
        'cost-sharing',
        'cost sharing',
        'share of the costs',
        'share of construction costs',
        'split of the bill',
        'construction costs',
        'funding split',
      ],
      range: { min: 20, max: 80, step: 1, unit: 'percent' },
    },
    {
      id: 'ownership',
      name: 'ownership of the tunnel',
      aliases: ['ownership', 'owner', 'owns', 'own the tunnel', 'title to the tunnel', 'operating company'],
      options: [
        [
          'joint_company',
          'jointly owned binational company',
          [
            'joint company',
            'binational company',
            'joint venture',
            'jointly owned',
            'joint ownership',
            'shared ownership',
            'fifty-fifty ownership',
          ],
        ],
        [
          'split_sections',
          'each state owns its section',
          [
            'own section',
            'its own section',
            'each country owns',
            'split ownership',
            'ownership divided at the border',
            'national sections',
          ],
        ],
        [
          'concession',
          'private concession',
          [
            'private concession',
            'concession',
            'concessionaire',
            'private operator',
            'public-private partnership',
            'PPP',
          ],
        ],
      ],
    },
    {
      id: 'loan',
      name: 'size of the bank loan',
      aliases: ['loan', 'bank loan', 'financing', 'lending', 'credit line', 'TDB loan'],
      range: { min: 1, max: 12, step: 0.5, unit: 'billion euros' },
    },
    {
      id: 'overruns',
      name: 'cost overruns',
      aliases: ['cost overruns', 'overruns', 'overspend', 'budget overruns', 'extra costs'],
      options: [
        [
          'pro_rata',
          'shared in proportion to cost shares',
          ['pro rata', 'in proportion', 'proportionally', 'same ratio'],
        ],
        ['equal', 'split equally', ['split equally', 'equally', 'fifty-fifty', 'half each']],
        [
          'where_incurred',
          'borne by the state where they occur',
          ['where they occur', 'on its side of the border', 'in its own section', 'where incurred'],
        ],
      ],
    },
  ],
);

export const reactorScenario = makeScenario(
  'reactor-t11',
  [
    {
      id: 'REG',
      name: 'Nuclear Safety Authority',
      aliases: [
        'NSA',
        'regulator',
        'nuclear regulator',
        'safety authority',
        'the authority',
        'Nuclear Safety Authority',
        'Maastrand',
        'chair Maastrand',
        'regulators',
        'inspectors of the authority',
      ],
    },
    {
      id: 'OPR',
      name: 'Halvik Energy',
      aliases: [
        'Halvik',
        'Halvik Energy',
        'operator',
        'plant operator',
        'the utility',
        'Tolle',
        'chief executive Tolle',
        'Halvik executives',
        'Halvik management',
      ],
    },
    {
      id: 'LIN',
      name: 'Lindavia',
      aliases: [
        'Lindavian',
        'Lindavian government',
        'Lindavian officials',
        'Kestrin',
        'Environment Minister Wisnel',
        'Wisnel',
        'Prime Minister Daal',
        'Daal',
        'Lindavian negotiators',
        'Lindavian delegation',
      ],
    },
  ],
  [
    {
      id: 'life_ext',
      name: 'life extension of Brennmoor-1',
      aliases: [
        'life extension',
        'lifetime extension',
        'extension',
        'extend the life',
        'extended operation',
        'operating licence',
        'licence',
        'run until',
        'keep running',
      ],
      range: { min: 0, max: 20, step: 1, unit: 'years' },
    },
    {
      id: 'zone',
      name: 'radius of the emergency planning zone',
      aliases: [
        'safety zone',
        'emergency planning zone',
        'exclusion zone',
        'evacuation zone',
        'zone',
        'radius',
        'emergency zone',
      ],
      range: { min: 5, max: 50, step: 1, unit: 'km' },
    },
    {
      id: 'inspections',
      name: 'inspection regime',
      aliases: [
        'inspections',
        'inspection',
        'inspectors',
        'oversight',
        'safety review',
        'access to the plant',
      ],
      options: [
        [
          'joint',
          'joint inspections with Lindavian experts',
          [
            'joint inspections',
            'joint inspection',
            'Lindavian inspectors',
            'Lindavian experts',
            'cross-border inspections',
            'access for Lindavian',
          ],
        ],
        [
          'international',
          'international peer review',
          ['IAEA', 'peer review', 'international review', 'international inspectors', 'OSART'],
        ],
        [
          'national',
          'national regulator only',
          ['national oversight', 'regulator alone', 'domestic inspections', 'national inspectors'],
        ],
      ],
    },
    {
      id: 'upgrades',
      name: 'safety upgrades',
      aliases: [
        'upgrades',
        'safety upgrades',
        'retrofits',
        'retrofit',
        'safety works',
        'modernisation',
        'improvements',
      ],
      options: [
        [
          'before_restart',
          'all upgrades before restart',
          [
            'before restart',
            'before the reactor restarts',
            'before any restart',
            'upfront',
            'before it restarts',
          ],
        ],
        [
          'phased',
          'upgrades phased during operation',
          ['phased', 'in stages', 'during operation', 'over several outages', 'staggered', 'while it runs'],
        ],
      ],
    },
  ],
);

export const footballScenario = makeScenario(
  'football-t11',
  [
    {
      id: 'MFL',
      name: 'Meridian Football League',
      aliases: [
        'MFL',
        'the league',
        'league',
        'league officials',
        'club owners',
        'owners',
        'the clubs',
        'Commissioner Hartigan',
        'Hartigan',
        'league negotiators',
      ],
    },
    {
      id: 'MPA',
      name: "Meridian Players' Association",
      aliases: [
        'MPA',
        'players',
        "players' association",
        'players’ association',
        "players' union",
        'players union',
        'the union',
        'union',
        'Achterberg',
        'executive director Achterberg',
        'Bello',
        'union president Bello',
        'union negotiators',
      ],
    },
  ],
  [
    {
      id: 'salary_cap',
      name: 'salary cap per club',
      aliases: ['salary cap', 'cap', 'payroll cap', 'wage cap', 'spending limit', 'payroll ceiling'],
      range: { min: 60, max: 160, step: 1, unit: 'million dollars' },
    },
    {
      id: 'revenue_share',
      name: "players' share of league revenue",
      aliases: [
        'revenue share',
        'revenue split',
        'share of revenue',
        'share of league revenue',
        'football revenue',
        'football-related revenue',
        'split of revenue',
        'revenues',
      ],
      range: { min: 40, max: 60, step: 0.5, unit: 'percent' },
    },
    {
      id: 'season',
      name: 'regular-season length',
      aliases: [
        'season length',
        'season',
        'schedule',
        'number of games',
        'regular season',
        'games',
        'fixtures',
      ],
      range: { min: 30, max: 44, step: 1, unit: 'games' },
    },
    {
      id: 'health',
      name: 'health and safety rules',
      aliases: [
        'health rules',
        'health and safety',
        'concussion protocol',
        'concussion',
        'medical rules',
        'player safety',
        'injuries',
        'rest days',
      ],
      options: [
        [
          'independent',
          'independent doctors decide on return to play',
          [
            'independent doctors',
            'independent neurologists',
            'independent medical staff',
            'independent spotters',
            'independent medical',
          ],
        ],
        [
          'club_doctors',
          'club medical staff decide',
          ['club doctors', 'team doctors', 'club medical staff', 'team physicians'],
        ],
      ],
    },
  ],
);
