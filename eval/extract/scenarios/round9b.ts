// Three invented negotiations for the round-9 training block (eval/extract/train4.yaml): a
// strategic arms control treaty between Drevnia and Calder, a fisheries agreement between
// Skarrland, Maravia, the Kelvik Islands and the North Meridian Fisheries Commission, and a
// hospital merger negotiated by two hospital boards, a regional health authority and a nurses'
// union. Aliases were written as an analyst setting up each scenario would, before any sentence,
// and are not extended afterwards.
import { makeScenario } from './build.js';

export const armsScenario = makeScenario(
  'arms-test',
  [
    {
      id: 'DRE',
      name: 'Drevnia',
      aliases: [
        'Drevnian',
        'Drevnian government',
        'Drevnian negotiators',
        'Drevnian delegation',
        'Stolvagrad',
        'President Vasko',
        'Orlan Vasko',
        'Vasko',
        'Ambassador Kovalik',
        'Irina Kovalik',
        'Kovalik',
        'Drevnian defence ministry',
      ],
    },
    {
      id: 'CAL',
      name: 'Calder',
      aliases: [
        'Calder',
        'Calderan',
        'Calderan government',
        'Calderan negotiators',
        'Calderan delegation',
        'Halbrook',
        'President Whitlock',
        'Dana Whitlock',
        'Whitlock',
        'chief negotiator Feld',
        'Marcus Feld',
        'Feld',
        'Calderan State Department',
      ],
    },
  ],
  [
    {
      id: 'warheads',
      name: 'cap on deployed strategic warheads',
      aliases: [
        'warheads',
        'deployed warheads',
        'warhead cap',
        'warhead ceiling',
        'ceiling',
        'cap on warheads',
        'strategic warheads',
        'arsenal',
      ],
      range: { min: 500, max: 2000, step: 50, unit: 'warheads' },
    },
    {
      id: 'verification',
      name: 'verification',
      aliases: [
        'verification',
        'inspections',
        'inspectors',
        'on-site inspections',
        'verification regime',
        'data exchange',
        'monitoring',
      ],
      options: [
        [
          'onsite',
          'on-site inspections',
          [
            'on-site inspections',
            'onsite inspections',
            'short-notice inspections',
            'inspectors on the ground',
            'intrusive verification',
          ],
        ],
        [
          'remote',
          'national technical means and data exchange only',
          ['national technical means', 'satellite monitoring', 'data exchange only', 'remote verification'],
        ],
        ['none', 'no verification', ['no verification', 'no inspections']],
      ],
    },
    {
      id: 'missile_defence',
      name: 'missile defence',
      aliases: [
        'missile defence',
        'missile defense',
        'missile shield',
        'interceptors',
        'anti-missile systems',
        'missile-defence',
      ],
      options: [
        [
          'limits',
          'binding limits on missile defence',
          [
            'limits on missile defence',
            'cap on interceptors',
            'limit missile defence',
            'restrictions on missile defence',
            'binding limits',
          ],
        ],
        [
          'unrestricted',
          'missile defence left unrestricted',
          ['no limits on missile defence', 'unrestricted missile defence', 'freedom to deploy interceptors'],
        ],
      ],
    },
    {
      id: 'duration',
      name: 'treaty duration',
      aliases: ['duration', 'term', 'treaty term', 'lifetime of the treaty', 'expiry', 'extension', 'years'],
      options: [
        ['five', 'five years', ['five years', 'five-year', '5-year']],
        ['ten', 'ten years', ['ten years', 'ten-year', '10-year', 'a decade']],
        ['indefinite', 'indefinite', ['indefinite', 'indefinitely', 'unlimited duration', 'no expiry date']],
      ],
    },
  ],
);

export const fisheriesScenario = makeScenario(
  'fisheries-test',
  [
    {
      id: 'SKA',
      name: 'Skarrland',
      aliases: [
        'Skarrlandic',
        'Skarrland government',
        'Skarrlandic negotiators',
        'Skarrlandic fleet',
        'Vesthavn',
        'Fisheries Minister Solberg',
        'Ingrid Solberg',
        'Solberg',
        'Prime Minister Hauge',
        'Hauge',
      ],
    },
    {
      id: 'MAR',
      name: 'Maravia',
      aliases: [
        'Maravian',
        'Maravian government',
        'Maravian negotiators',
        'Maravian fleet',
        'Port Alden',
        'Fisheries Minister Reyes',
        'Tomas Reyes',
        'Reyes',
        'President Castellan',
        'Castellan',
      ],
    },
    {
      id: 'KEL',
      name: 'Kelvik Islands',
      aliases: [
        'Kelvik',
        'Kelvik Islands',
        'Kelvik Islanders',
        'Kelvik government',
        'Kelvik negotiators',
        'Lornhaven',
        'Premier Brannock',
        'Aoife Brannock',
        'Brannock',
        'Kelvik fisheries department',
      ],
    },
    {
      id: 'NMFC',
      name: 'North Meridian Fisheries Commission',
      aliases: [
        'North Meridian Fisheries Commission',
        'NMFC',
        'the commission',
        'fisheries commission',
        'commission scientists',
        'Commission chair Marchetti',
        'Helene Marchetti',
        'Marchetti',
        'the regional body',
      ],
    },
  ],
  [
    {
      id: 'quota',
      name: 'quota share',
      aliases: [
        'quota',
        'quota share',
        'share of the catch',
        'allocation',
        'total allowable catch',
        'catch share',
        'quotas',
        'share',
      ],
      range: { min: 5, max: 70, step: 1, unit: 'percent' },
    },
    {
      id: 'access',
      name: 'access to waters',
      aliases: [
        'access',
        'access to waters',
        'fishing grounds',
        'waters',
        'exclusive economic zone',
        'EEZ',
        'fishing rights',
      ],
      options: [
        [
          'reciprocal',
          'reciprocal access',
          ['reciprocal access', 'mutual access', 'open access', "access to each other's waters"],
        ],
        [
          'licensed',
          'licensed limited access',
          ['licences', 'licensed access', 'limited access', 'permits', 'licensing'],
        ],
        [
          'closed',
          'waters closed to others',
          [
            'closed waters',
            'close its waters',
            'exclusive access',
            'ban foreign vessels',
            'keep foreign boats out',
          ],
        ],
      ],
    },
    {
      id: 'enforcement',
      name: 'enforcement',
      aliases: [
        'enforcement',
        'patrols',
        'inspections at sea',
        'boarding',
        'compliance',
        'policing',
        'monitoring',
      ],
      options: [
        [
          'joint',
          'joint patrols and boarding',
          [
            'joint patrols',
            'joint enforcement',
            'boarding rights',
            'cross-boarding',
            'commission inspectors',
          ],
        ],
        [
          'observers',
          'observers and satellite tracking',
          [
            'observers on board',
            'onboard observers',
            'satellite tracking',
            'vessel monitoring system',
            'electronic monitoring',
          ],
        ],
        [
          'national',
          'national enforcement only',
          ['national enforcement', 'flag-state enforcement', 'own coastguard'],
        ],
      ],
    },
    {
      id: 'moratorium',
      name: 'moratorium on silver hake',
      aliases: ['moratorium', 'silver hake', 'hake', 'hake stock', 'fishing ban', 'closure of the fishery'],
      options: [
        [
          'full',
          'full moratorium',
          ['full moratorium', 'total ban', 'moratorium', 'close the fishery', 'halt to fishing'],
        ],
        [
          'reduced',
          'reduced catch',
          ['reduced catch', 'cut in the catch', 'lower quota', 'partial closure', 'bycatch only'],
        ],
        ['none', 'no moratorium', ['no moratorium', 'keep fishing']],
      ],
    },
  ],
);

export const hospitalScenario = makeScenario(
  'hospital-test',
  [
    {
      id: 'ALD',
      name: "St Aldric's Hospital board",
      aliases: [
        "St Aldric's",
        "St Aldric's board",
        "St Aldric's Hospital",
        "St Aldric's trustees",
        'Westbury',
        'chair Philippa Grange',
        'Philippa Grange',
        'Grange',
        'chief executive Ravi Menon',
        'Menon',
      ],
    },
    {
      id: 'HAR',
      name: 'Harlow Vale General Hospital board',
      aliases: [
        'Harlow Vale',
        'Harlow Vale General',
        'Harlow Vale board',
        'Harlow Vale trustees',
        'Harlow',
        'chair Gordon Esterhuizen',
        'Gordon Esterhuizen',
        'Esterhuizen',
        'chief executive Claire Doyle',
        'Doyle',
      ],
    },
    {
      id: 'RHA',
      name: 'Northern Counties Health Authority',
      aliases: [
        'Northern Counties Health Authority',
        'health authority',
        'regional health authority',
        'NCHA',
        'the authority',
        'authority chief executive Simon Achebe',
        'Simon Achebe',
        'Achebe',
        'commissioners',
      ],
    },
    {
      id: 'UNS',
      name: 'Union of Nursing Staff',
      aliases: [
        'Union of Nursing Staff',
        'UNS',
        "nurses' union",
        'the union',
        'nurses',
        'union representatives',
        'general secretary Maeve Duggan',
        'Maeve Duggan',
        'Duggan',
        'union organiser Tom Okafor',
        'Okafor',
      ],
    },
  ],
  [
    {
      id: 'jobs',
      name: 'job guarantees',
      aliases: ['jobs', 'job guarantees', 'job security', 'redundancies', 'job losses', 'posts', 'staffing'],
      options: [
        [
          'guarantee',
          'no compulsory redundancies',
          [
            'no compulsory redundancies',
            'job guarantee',
            'guarantee every job',
            'jobs guaranteed',
            'no job losses',
          ],
        ],
        [
          'voluntary',
          'voluntary redundancies only',
          ['voluntary redundancies', 'voluntary severance', 'natural attrition', 'early retirement'],
        ],
        ['cuts', 'job cuts', ['job cuts', 'cut posts', 'compulsory redundancies', 'shed jobs', 'lay off']],
      ],
    },
    {
      id: 'emergency',
      name: 'site of the emergency department',
      aliases: [
        'emergency department',
        'A&E',
        'accident and emergency',
        'emergency care',
        'casualty department',
        'emergency unit',
      ],
      options: [
        [
          'aldric',
          "emergency department at St Aldric's",
          ["A&E at St Aldric's", "emergency department at St Aldric's", 'Westbury site'],
        ],
        [
          'harlow',
          'emergency department at Harlow Vale',
          ['A&E at Harlow Vale', 'emergency department at Harlow Vale', 'Harlow site'],
        ],
        ['both', 'emergency care on both sites', ['both sites', 'two emergency departments', 'keep both']],
      ],
    },
    {
      id: 'name',
      name: 'name of the merged hospital',
      aliases: ['name', 'new name', 'naming', 'name of the merged hospital', 'branding', 'title'],
      options: [
        ['aldric_name', "keep the St Aldric's name", ["St Aldric's name", "keep the St Aldric's name"]],
        ['new_name', 'a new joint name', ['new name', 'joint name', 'neutral name', 'combined name']],
        ['harlow_name', 'keep the Harlow Vale name', ['Harlow Vale name', 'keep the Harlow Vale name']],
      ],
    },
    {
      id: 'pay',
      name: 'pay harmonisation',
      aliases: ['pay', 'pay harmonisation', 'pay scales', 'salaries', 'wages', 'pay grades', 'pay gap'],
      options: [
        [
          'level_up',
          'harmonised up to the higher scale',
          ['level up', 'levelled up', 'higher scale', 'higher rate', 'match the better-paid'],
        ],
        [
          'phased',
          'phased harmonisation',
          ['phased harmonisation', 'over three years', 'gradual harmonisation', 'in stages'],
        ],
        [
          'protected',
          'existing pay protected, no harmonisation',
          ['pay protection', 'protected pay', 'existing terms', 'no harmonisation'],
        ],
      ],
    },
  ],
);
