// Three more invented negotiations for the round-8 training block (eval/extract/train2.yaml):
// nuclear programme talks between Sardavia and six world powers, coalition talks between three
// parties in Valdenia, and a humanitarian deal (prisoners, aid corridors, a local truce) between
// Orestia and Kadresh with Ambaria mediating. The aliases were written as an analyst setting up
// each scenario would (names, demonyms, capitals, leaders, negotiators), before any sentence, and
// are not extended afterwards.
import { makeScenario } from './build.js';

export const nuclearScenario = makeScenario(
  'nuclear-test',
  [
    {
      id: 'SAR',
      name: 'Sardavia',
      aliases: [
        'Sardavian',
        'Sardavian government',
        'Sardavian negotiators',
        'Sardavian delegation',
        'Meshkan',
        'President Alvandi',
        'Alvandi',
        'Foreign Minister Sohrabi',
        'Sohrabi',
        'chief negotiator Nadimi',
        'Nadimi',
      ],
    },
    {
      id: 'SIX',
      name: 'Six powers',
      aliases: [
        'six powers',
        'the Six',
        'world powers',
        'major powers',
        'six-nation group',
        'six-power group',
        'group of six',
        'negotiators for the powers',
        'coordinator Brandt',
        'Helga Brandt',
        'Brandt',
      ],
    },
    {
      id: 'IVA',
      name: 'International Verification Agency',
      aliases: [
        'IVA',
        'the agency',
        'verification agency',
        'Director General Varga',
        'Varga',
        'agency inspectors',
      ],
    },
  ],
  [
    {
      id: 'enrichment',
      name: 'uranium enrichment level',
      aliases: [
        'enrichment',
        'enrichment level',
        'uranium enrichment',
        'enrich uranium',
        'enriching uranium',
        'purity',
        'enrichment cap',
      ],
      range: { min: 0, max: 90, step: 0.5, unit: 'percent' },
    },
    {
      id: 'inspections',
      name: 'inspections',
      aliases: [
        'inspections',
        'inspectors',
        'inspection regime',
        'verification',
        'monitoring',
        'access',
        'cameras',
      ],
      options: [
        [
          'snap',
          'unannounced access anywhere',
          [
            'snap inspections',
            'unannounced inspections',
            'short-notice inspections',
            'anytime, anywhere',
            'access to military sites',
            'Enhanced Access Protocol',
            'intrusive inspections',
          ],
        ],
        [
          'declared',
          'declared sites only',
          ['declared sites', 'declared facilities', 'safeguards inspections', 'routine inspections'],
        ],
        [
          'suspended',
          'inspections suspended',
          [
            'suspend inspections',
            'suspension of inspections',
            'expel inspectors',
            'end cooperation with the agency',
            'remove cameras',
          ],
        ],
      ],
    },
    {
      id: 'sanctions',
      name: 'sanctions relief',
      aliases: [
        'sanctions',
        'sanctions relief',
        'oil embargo',
        'banking sanctions',
        'restrictions',
        'frozen funds',
        'frozen assets',
        'penalties',
      ],
      options: [
        [
          'lifted',
          'all sanctions lifted at once',
          [
            'lift all sanctions',
            'lifting of all sanctions',
            'full sanctions relief',
            'sanctions lifted',
            'immediate lifting',
            'up-front relief',
          ],
        ],
        [
          'phased',
          'phased relief',
          [
            'phased relief',
            'step-by-step relief',
            'gradual lifting',
            'easing of sanctions',
            'phased sanctions relief',
            'partial relief',
            'sanctions waivers',
          ],
        ],
        [
          'kept',
          'sanctions maintained',
          ['maintain sanctions', 'sanctions remain', 'keep sanctions', 'snapback', 'maximum pressure'],
        ],
      ],
    },
    {
      id: 'stockpile',
      name: 'enriched uranium stockpile',
      aliases: [
        'stockpile',
        'enriched uranium',
        'highly enriched uranium',
        'stock of enriched uranium',
        'uranium stockpile',
      ],
      options: [
        [
          'retain',
          'kept at home under seal',
          ['keep the stockpile', 'under agency seal', 'stored under seal', 'retain the stockpile'],
        ],
        ['downblend', 'diluted', ['downblend', 'down-blend', 'dilute', 'dilution', 'blend down']],
        [
          'export',
          'shipped abroad',
          [
            'ship abroad',
            'shipped out',
            'export the stockpile',
            'transfer abroad',
            'send abroad',
            'out of the country',
          ],
        ],
      ],
    },
  ],
);

export const coalitionScenario = makeScenario(
  'coalition-test',
  [
    {
      id: 'CIV',
      name: 'Civic Union',
      aliases: [
        'Civic Union',
        'CU',
        'conservatives',
        'conservative',
        'centre-right',
        'Civic Union negotiators',
        'Civic Union leader',
        'Margit Ansel',
        'Ansel',
        'Erik Sandvoss',
        'Sandvoss',
      ],
    },
    {
      id: 'SDP',
      name: 'Social Democratic Party',
      aliases: [
        'Social Democrats',
        'Social Democrat',
        'SDP',
        'centre-left',
        'SDP negotiators',
        'Social Democratic leader',
        'Lukas Brenner',
        'Brenner',
        'Anja Kroll',
        'Kroll',
      ],
    },
    {
      id: 'GRN',
      name: 'Green Future',
      aliases: [
        'Greens',
        'Green Future',
        'Green',
        'Green party',
        'Green negotiators',
        'Green co-leader',
        'Ilse Marren',
        'Marren',
        'Jonas Tidemand',
        'Tidemand',
      ],
    },
  ],
  [
    {
      id: 'pm',
      name: 'premiership',
      aliases: ['prime minister', 'premiership', 'head of government', 'top job', 'lead the government'],
      options: [
        [
          'ansel',
          'Ansel as prime minister',
          ['Ansel as prime minister', 'Ansel premiership', 'Prime Minister Ansel'],
        ],
        [
          'brenner',
          'Brenner as prime minister',
          ['Brenner as prime minister', 'Brenner premiership', 'Prime Minister Brenner'],
        ],
        [
          'rotation',
          'rotating premiership',
          [
            'rotation',
            'rotating premiership',
            'rotate the premiership',
            'rotation agreement',
            'split the term',
          ],
        ],
      ],
    },
    {
      id: 'ministries',
      name: 'allocation of ministries',
      aliases: [
        'ministries',
        'ministry',
        'cabinet posts',
        'portfolios',
        'cabinet seats',
        'finance ministry',
        'finance portfolio',
        'cabinet',
      ],
      options: [
        [
          'finance_civ',
          'finance ministry to the Civic Union',
          ['Civic Union finance minister', 'finance ministry for the Civic Union'],
        ],
        [
          'finance_sdp',
          'finance ministry to the SDP',
          ['SDP finance minister', 'finance ministry for the Social Democrats'],
        ],
        [
          'finance_grn',
          'finance ministry to the Greens',
          ['Green finance minister', 'finance ministry for the Greens'],
        ],
      ],
    },
    {
      id: 'budget',
      name: 'budget rule',
      aliases: [
        'budget rule',
        'debt brake',
        'borrowing limit',
        'fiscal rule',
        'deficit rule',
        'borrowing',
        'balanced budget',
        'new debt',
      ],
      options: [
        [
          'strict',
          'debt brake kept as is',
          ['keep the debt brake', 'strict debt brake', 'balanced budget', 'no new debt', 'fiscal discipline'],
        ],
        [
          'exempt',
          'investment exempted',
          [
            'exempt investment',
            'investment exemption',
            'golden rule',
            'reform the debt brake',
            'loosen the debt brake',
            'special fund',
          ],
        ],
        [
          'suspend',
          'rule suspended',
          [
            'suspend the debt brake',
            'suspension of the debt brake',
            'scrap the debt brake',
            'abolish the debt brake',
          ],
        ],
      ],
    },
    {
      id: 'coal',
      name: 'coal phase-out date',
      aliases: ['coal exit', 'coal phase-out', 'coal', 'phase out coal', 'coal-fired power', 'coal plants'],
      range: { min: 2028, max: 2045, step: 1, unit: 'year' },
    },
  ],
);

export const humanitarianScenario = makeScenario(
  'humanitarian-test',
  [
    {
      id: 'ORE',
      name: 'Orestia',
      aliases: [
        'Orestian',
        'Orestian government',
        'Orestian negotiators',
        'Orestian army',
        'Lanvik',
        'President Drago',
        'Drago',
        'ombudsman Kovel',
        'Marta Kovel',
        'Kovel',
      ],
    },
    {
      id: 'KAD',
      name: 'Kadresh',
      aliases: [
        'Kadreshi',
        'Kadreshi government',
        'Kadreshi negotiators',
        'Kadreshi forces',
        'Sumar',
        'President Ardal',
        'Ardal',
        'Colonel Tashan',
        'Tashan',
      ],
    },
    {
      id: 'AMB',
      name: 'Ambaria',
      aliases: [
        'Ambarian',
        'Ambarian mediators',
        'Ambarian foreign ministry',
        'Port Seyla',
        'Foreign Minister Haddad',
        'Haddad',
        'the mediator',
        'mediators',
      ],
    },
  ],
  [
    {
      id: 'exchange',
      name: 'prisoner exchange',
      aliases: [
        'prisoner exchange',
        'prisoner swap',
        'exchange of prisoners',
        'prisoners of war',
        'POWs',
        'detainees',
        'captives',
        'prisoners',
        'swap',
      ],
      options: [
        [
          'all_for_all',
          'all-for-all exchange',
          ['all-for-all', 'all for all', 'release all prisoners', 'every prisoner'],
        ],
        ['equal_numbers', 'equal numbers', ['one-for-one', 'equal numbers', 'like-for-like', 'parity']],
        [
          'wounded_first',
          'sick and wounded first',
          ['wounded prisoners', 'severely wounded', 'sick and wounded', 'humanitarian cases first'],
        ],
      ],
    },
    {
      id: 'corridors',
      name: 'aid corridors',
      aliases: [
        'humanitarian corridor',
        'humanitarian corridors',
        'aid corridor',
        'aid corridors',
        'corridor',
        'aid convoys',
        'convoys',
        'humanitarian access',
        'aid deliveries',
      ],
      options: [
        [
          'unimpeded',
          'unimpeded access',
          ['unimpeded access', 'unhindered access', 'free passage', 'permanent corridor', 'open corridor'],
        ],
        [
          'inspected',
          'convoys inspected',
          ['inspect convoys', 'inspection of convoys', 'screening', 'checkpoints', 'searched'],
        ],
        ['closed', 'no corridor', ['no corridor', 'close the corridor', 'seal off']],
      ],
    },
    {
      id: 'truce',
      name: 'local truce',
      aliases: [
        'truce',
        'local truce',
        'ceasefire',
        'pause in fighting',
        'humanitarian pause',
        'halt to shelling',
        'cessation of hostilities',
      ],
      options: [
        [
          'city_truce',
          'truce around Velna',
          ['around Velna', 'Velna truce', 'in Velna', 'local truce', 'humanitarian pause'],
        ],
        [
          'general',
          'general ceasefire',
          [
            'general ceasefire',
            'nationwide ceasefire',
            'full ceasefire',
            'along the entire front',
            'comprehensive ceasefire',
          ],
        ],
        ['none', 'no truce', ['no truce']],
      ],
    },
    {
      id: 'monitoring',
      name: 'monitoring',
      aliases: ['monitors', 'monitoring', 'observers', 'monitoring mission', 'verification'],
      options: [
        [
          'ambarian',
          'Ambarian monitors',
          ['Ambarian monitors', 'Ambarian observers', 'monitors from Ambaria'],
        ],
        [
          'international',
          'international monitors',
          ['international monitors', 'UN monitors', 'UN observers'],
        ],
        ['none', 'no monitors', ['no monitors', 'no observers']],
      ],
    },
  ],
);
