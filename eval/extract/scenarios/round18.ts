// Round 18 held-out scenarios (heldout13), written before any sentence of the block: a border
// demarcation and enclave-exchange negotiation between Velmara and Sundhia with a special
// representative of the Southern Plains Union, and a dispute over budget cuts at the Corvenian
// national broadcaster (journalists' union, the broadcaster's board, the culture ministry).
// Invented names.
import { makeScenario } from './build.js';

export const enclaveH13Scenario = makeScenario(
  'enclave-h13',
  [
    {
      id: 'VEL',
      name: 'Velmara',
      aliases: [
        'Velmara',
        'Velmaran',
        'Velmaran government',
        'Velmaran officials',
        'Velmaran negotiators',
        'Velmaran delegation',
        'Dravet',
        'President Ilona Markova',
        'Ilona Markova',
        'Markova',
        'Foreign Minister Stefan Rusu',
        'Stefan Rusu',
        'Rusu',
        'Velmaran foreign ministry',
      ],
    },
    {
      id: 'SUN',
      name: 'Sundhia',
      aliases: [
        'Sundhia',
        'Sundhian',
        'Sundhian government',
        'Sundhian officials',
        'Sundhian negotiators',
        'Sundhian delegation',
        'Nalpur',
        'Prime Minister Arjun Desai',
        'Arjun Desai',
        'Desai',
        'chief negotiator Farida Noor',
        'Farida Noor',
        'Noor',
        'Sundhian foreign ministry',
      ],
    },
    {
      id: 'SPU',
      name: 'Southern Plains Union',
      role: 'mediator',
      aliases: [
        'Southern Plains Union',
        'SPU',
        'the regional bloc',
        'special representative',
        'the special representative',
        'SPU special representative',
        'Henrik Aalto',
        'Aalto',
        'the mediator',
        'mediators',
        'the regional organisation',
      ],
    },
  ],
  [
    {
      id: 'enclaves',
      name: 'number of enclaves exchanged',
      aliases: [
        'enclaves',
        'enclave exchange',
        'exchange of enclaves',
        'enclaves exchanged',
        'enclave swap',
        'pockets of territory',
        'chhits',
      ],
      range: { min: 0, max: 200, step: 1, unit: 'enclaves' },
    },
    {
      id: 'referendum',
      name: 'referendum in the enclaves',
      aliases: ['referendum', 'plebiscite', 'vote in the enclaves', 'ballot', 'popular consultation'],
      options: [
        [
          'held',
          'referendum held in the enclaves',
          [
            'hold a referendum',
            'referendum in the enclaves',
            'plebiscite in the enclaves',
            'let residents vote',
          ],
        ],
        ['none', 'no referendum', ['no referendum', 'without a referendum', 'without a vote']],
      ],
    },
    {
      id: 'citizenship',
      name: 'citizenship of residents',
      aliases: [
        'citizenship',
        'nationality',
        'residents',
        'enclave residents',
        'passports',
        'enclave dwellers',
      ],
      options: [
        [
          'choice',
          'residents choose their citizenship',
          [
            'right to choose',
            'choose their citizenship',
            'option of citizenship',
            'free choice of nationality',
          ],
        ],
        [
          'automatic',
          'automatic citizenship of the receiving state',
          [
            'automatic citizenship',
            'automatically become citizens',
            'citizenship of the state that receives',
          ],
        ],
        ['dual', 'dual citizenship', ['dual citizenship', 'dual nationality', 'two passports']],
      ],
    },
    {
      id: 'commission',
      name: 'joint boundary commission',
      aliases: [
        'boundary commission',
        'joint boundary commission',
        'demarcation',
        'border demarcation',
        'commission',
        'boundary markers',
        'survey teams',
      ],
      options: [
        [
          'joint',
          'bilateral joint commission',
          ['joint boundary commission', 'joint commission', 'bilateral commission', 'joint survey'],
        ],
        [
          'spu_chair',
          'commission chaired by the SPU',
          ['SPU chair', 'chaired by the regional bloc', 'SPU-chaired commission', 'neutral chair'],
        ],
        [
          'arbitration',
          'international arbitration',
          ['arbitration', 'international court', 'arbitral tribunal', 'binding arbitration'],
        ],
      ],
    },
    {
      id: 'compensation',
      name: 'compensation',
      aliases: ['compensation', 'compensation fund', 'reparations', 'indemnity', 'payments to residents'],
      options: [
        [
          'fund',
          'compensation fund for displaced residents',
          ['compensation fund', 'compensate', 'compensation for residents', 'resettlement payments'],
        ],
        [
          'land_balance',
          'compensation for the land balance',
          ['land balance', 'area difference', 'net loss of land'],
        ],
        ['none', 'no compensation', ['no compensation', 'without compensation']],
      ],
    },
  ],
);

export const broadcasterH13Scenario = makeScenario(
  'broadcaster-h13',
  [
    {
      id: 'UNI',
      name: 'Union of Broadcast Journalists',
      aliases: [
        'Union of Broadcast Journalists',
        'UBJ',
        'the union',
        'journalists union',
        "journalists' union",
        'the journalists',
        'union leaders',
        'union negotiators',
        'union chair Mira Castell',
        'Mira Castell',
        'Castell',
        'union spokesman Tobias Renn',
        'Tobias Renn',
        'Renn',
        'staff',
      ],
    },
    {
      id: 'BRD',
      name: 'Board of CRT',
      aliases: [
        'board',
        'the board',
        'CRT board',
        'CRT',
        'Corvenian Radio and Television',
        'the broadcaster',
        'management',
        'broadcaster management',
        'director general',
        'Director General Paul Verhagen',
        'Paul Verhagen',
        'Verhagen',
        'board chair Helene Moss',
        'Helene Moss',
        'Moss',
      ],
    },
    {
      id: 'MIN',
      name: 'Ministry of Culture',
      aliases: [
        'Ministry of Culture',
        'culture ministry',
        'the ministry',
        'government',
        'the government',
        'Corvenian government',
        'Culture Minister Adrian Sollers',
        'Adrian Sollers',
        'Sollers',
        'culture minister',
        'ministry officials',
      ],
    },
  ],
  [
    {
      id: 'job_cuts',
      name: 'number of job cuts',
      aliases: [
        'job cuts',
        'jobs',
        'redundancies',
        'layoffs',
        'posts',
        'positions',
        'headcount',
        'staff cuts',
      ],
      range: { min: 0, max: 1500, step: 10, unit: 'jobs' },
    },
    {
      id: 'budget',
      name: 'budget cut',
      aliases: ['budget', 'budget cut', 'funding', 'licence fee', 'public funding', 'spending cut', 'grant'],
      range: { min: 0, max: 30, step: 1, unit: 'percent' },
    },
    {
      id: 'independence',
      name: 'editorial independence guarantees',
      aliases: [
        'editorial independence',
        'independence',
        'editorial guarantees',
        'guarantees of independence',
        'political interference',
        'editorial charter',
      ],
      options: [
        [
          'statutory',
          'independence guaranteed in law',
          [
            'written into law',
            'statutory guarantee',
            'legal guarantee',
            'amend the broadcasting act',
            'in law',
          ],
        ],
        [
          'charter',
          'internal editorial charter',
          ['editorial charter', 'internal charter', 'code of conduct', 'ombudsman'],
        ],
        ['none', 'no new guarantees', ['no new guarantees', 'existing rules suffice']],
      ],
    },
    {
      id: 'studios',
      name: 'regional studios',
      aliases: ['regional studios', 'studios', 'regional stations', 'regional newsrooms', 'local bureaus'],
      options: [
        [
          'keep',
          'all regional studios kept open',
          ['keep the studios open', 'keep all regional studios', 'no closures', 'remain open'],
        ],
        ['merge', 'studios merged into hubs', ['merge', 'regional hubs', 'consolidate']],
        ['close', 'regional studios closed', ['close', 'closure', 'shut', 'closing']],
      ],
    },
    {
      id: 'strike',
      name: 'strike',
      aliases: ['strike', 'walkout', 'stoppage', 'industrial action', 'blackout'],
      options: [
        ['strike', 'strike goes ahead', ['go on strike', 'walk out', 'strike action', 'stoppage']],
        ['suspend', 'strike suspended', ['suspend the strike', 'call off', 'postpone', 'suspended']],
      ],
    },
  ],
);
