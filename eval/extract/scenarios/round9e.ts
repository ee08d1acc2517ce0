// Four invented negotiations for the train7 training block (eval/extract/train7.yaml): a phased
// ceasefire and prisoner-release deal between Velmora and the Harun Front over the besieged Marsa
// enclave, mediated by Qadira and Estenia; a dispute between Kalunda, Nahria and Darfana over the
// Grand Kiboko Dam on the Lowa river; a trade-war truce between Aurelia and Tianzhou; and a
// national wage agreement in Lusavia between the employers' confederation, two union
// confederations and the labour ministry. Aliases were written as an analyst setting up each
// scenario would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const siegeScenario = makeScenario(
  'siege-t7',
  [
    {
      id: 'VEL',
      name: 'Velmora',
      aliases: ['Velmora', 'Velmoran', 'Velmoran government', 'Velmoran officials', 'Velmoran negotiators', 'Velmoran delegation', 'Velmoran army', 'Velmoran military', 'Tessa', 'Prime Minister Kessler', 'Arad Kessler', 'Kessler', 'Yoav Dorin', 'Dorin', 'Defence Minister Orly Shamir', 'Orly Shamir', 'Shamir'],
    },
    {
      id: 'HAR',
      name: 'Harun Front',
      aliases: ['Harun Front', 'Harun', 'the Front', 'Harun officials', 'Harun negotiators', 'Harun delegation', 'Harun leadership', 'the movement', 'militants', 'armed movement', 'Salim Nassar', 'Nassar', 'Khalil Barakat', 'Barakat', 'Harun spokesman', 'Harun political bureau'],
    },
    {
      id: 'QAD',
      name: 'Qadira',
      aliases: ['Qadira', 'Qadiri', 'Qadiri mediators', 'Qadiri officials', 'Qadiri foreign ministry', 'Rawah', 'Faisal al-Tamimi', 'al-Tamimi', 'Tamimi'],
    },
    {
      id: 'EST',
      name: 'Estenia',
      aliases: ['Estenia', 'Estenian', 'Estenian mediators', 'Estenian officials', 'Estenian intelligence', 'Belvo', 'President Amal Raouf', 'Amal Raouf', 'Raouf', 'Hossam Fikry', 'Fikry'],
    },
  ],
  [
    {
      id: 'truce',
      name: 'ceasefire',
      aliases: ['ceasefire', 'cease-fire', 'truce', 'halt to the fighting', 'end to the fighting', 'end the war', 'pause in fighting', 'cessation of hostilities'],
      options: [
        ['phased', 'phased truce', ['phased truce', 'phased ceasefire', 'first phase', 'six-week truce', 'temporary truce', 'three-phase deal', 'staged ceasefire']],
        ['permanent', 'permanent ceasefire', ['permanent ceasefire', 'permanent truce', 'end to the war', 'end the war', 'lasting ceasefire', 'definitive end']],
        ['pauses', 'humanitarian pauses only', ['humanitarian pauses', 'daily pauses', 'short pauses', 'pauses']],
      ],
    },
    {
      id: 'hostages',
      name: 'hostages and prisoners',
      aliases: ['hostages', 'captives', 'prisoners', 'detainees', 'prisoner release', 'prisoner exchange', 'exchange', 'swap', 'release of hostages'],
      options: [
        ['all_at_once', 'all hostages released at once', ['all hostages at once', 'release of all hostages', 'all captives in one go', 'all the hostages', 'all-for-all']],
        ['staged', 'staged releases', ['staged release', 'in stages', 'in batches', 'phased release', 'gradual release', 'in groups']],
      ],
    },
    {
      id: 'aid',
      name: 'aid trucks per day',
      aliases: ['aid', 'humanitarian aid', 'aid trucks', 'trucks a day', 'trucks per day', 'aid deliveries', 'relief convoys', 'supplies', 'lorries'],
      range: { min: 0, max: 1000, step: 50, unit: 'trucks a day' },
    },
    {
      id: 'withdrawal',
      name: 'withdrawal lines',
      aliases: ['withdrawal', 'pullback', 'pull back', 'troop withdrawal', 'withdrawal lines', 'redeployment', 'buffer zone', 'corridor', 'perimeter', 'positions'],
      options: [
        ['full', 'full withdrawal from the enclave', ['full withdrawal', 'complete withdrawal', 'withdraw completely', 'total pullout', 'leave the enclave', 'withdraw all forces']],
        ['buffer', 'pullback to a buffer zone', ['buffer zone', 'security perimeter', 'pull back to the perimeter', 'partial withdrawal', 'pullback from populated areas']],
        ['stay', 'troops stay in place', ['remain in place', 'keep troops', 'retain control', 'stay in the corridor', 'no withdrawal']],
      ],
    },
    {
      id: 'governance',
      name: 'who governs the enclave afterwards',
      aliases: ['governance', 'who governs', 'day after', 'administration of the enclave', 'post-war administration', 'running the enclave', 'rule of the enclave', 'future of the enclave'],
      options: [
        ['harun', 'Harun Front remains in charge', ['Harun rule', 'Front remains in power', 'Harun administration', 'stay in power']],
        ['technocrats', 'technocratic committee', ['technocratic committee', 'technocrats', 'committee of technocrats', 'independent committee', 'non-partisan committee']],
        ['international', 'international administration', ['international administration', 'international force', 'multinational force', 'international trusteeship', 'regional force']],
        ['velmoran', 'Velmoran military control', ['Velmoran military control', 'military administration', 'security control', 'overall security control']],
      ],
    },
  ],
);

export const damScenario = makeScenario(
  'dam-t7',
  [
    {
      id: 'KAL',
      name: 'Kalunda',
      aliases: ['Kalunda', 'Kalundan', 'Kalundan government', 'Kalundan officials', 'Kalundan negotiators', 'Kalundan delegation', 'Mbarawe', 'Prime Minister Tesfa Alemu', 'Tesfa Alemu', 'Alemu', 'Water Minister Dawit Kebede', 'Dawit Kebede', 'Kebede'],
    },
    {
      id: 'NAH',
      name: 'Nahria',
      aliases: ['Nahria', 'Nahrian', 'Nahrian government', 'Nahrian officials', 'Nahrian negotiators', 'Nahrian delegation', 'Qasr Ankar', 'President Adel Mansour', 'Adel Mansour', 'Mansour', 'Irrigation Minister Hany Selim', 'Hany Selim', 'Selim'],
    },
    {
      id: 'DAR',
      name: 'Darfana',
      aliases: ['Darfana', 'Darfani', 'Darfani government', 'Darfani officials', 'Darfani negotiators', 'Darfani delegation', 'Kossi', 'President Idris Tahir', 'Idris Tahir', 'Tahir', 'Water Minister Amira Osman', 'Amira Osman', 'Osman'],
    },
  ],
  [
    {
      id: 'filling',
      name: 'reservoir filling period',
      aliases: ['filling', 'filling period', 'fill the reservoir', 'filling the reservoir', 'reservoir filling', 'years to fill', 'filling schedule', 'impounding'],
      range: { min: 1, max: 20, step: 1, unit: 'years' },
    },
    {
      id: 'flow',
      name: 'guaranteed flow',
      aliases: ['flow', 'guaranteed flow', 'water flow', 'releases', 'water releases', 'downstream flow', 'water share', 'quota', 'water quota'],
      options: [
        ['guaranteed', 'guaranteed minimum annual flow', ['guaranteed minimum flow', 'guaranteed annual flow', 'minimum release', 'fixed annual release', 'binding flow guarantee', 'guaranteed volume']],
        ['drought_only', 'guarantees in drought years only', ['drought provisions', 'drought mitigation', 'during droughts', 'dry years', 'drought-sharing']],
        ['none', 'no fixed flow commitment', ['no guaranteed flow', 'no fixed quota', 'no quota', 'no fixed release']],
      ],
    },
    {
      id: 'data',
      name: 'data-sharing mechanism',
      aliases: ['data-sharing', 'data sharing', 'data', 'information sharing', 'hydrological data', 'operating data', 'dam data', 'monitoring'],
      options: [
        ['real_time', 'real-time data sharing', ['real-time data', 'real-time sharing', 'live data', 'daily data', 'real-time monitoring']],
        ['joint_committee', 'joint technical committee', ['joint technical committee', 'joint committee', 'tripartite committee', 'technical committee', 'joint monitoring']],
        ['periodic', 'periodic reports', ['periodic reports', 'monthly reports', 'annual reports', 'quarterly reports']],
        ['none', 'no data-sharing obligation', ['no data-sharing', 'no obligation to share data']],
      ],
    },
    {
      id: 'arbitration',
      name: 'dispute arbitration',
      aliases: ['arbitration', 'dispute resolution', 'dispute settlement', 'disputes', 'dispute mechanism', 'settling disputes'],
      options: [
        ['binding', 'binding international arbitration', ['binding arbitration', 'international arbitration', 'arbitral tribunal', 'international court', 'binding ruling']],
        ['mediation', 'mediation by a third party', ['mediation', 'mediator', 'third-party mediation', 'good offices', 'facilitation']],
        ['bilateral', 'consultations between the parties', ['consultations', 'direct negotiations', 'bilateral talks', 'among the three states', 'political consultations']],
      ],
    },
  ],
);

export const tariffScenario = makeScenario(
  'tariff-t7',
  [
    {
      id: 'AUR',
      name: 'Aurelia',
      aliases: ['Aurelia', 'Aurelian', 'Aurelian government', 'Aurelian officials', 'Aurelian negotiators', 'Aurelian delegation', 'Harwick', 'President Dana Whitcombe', 'Dana Whitcombe', 'Whitcombe', 'Trade Representative Paul Ostrander', 'Paul Ostrander', 'Ostrander', 'Commerce Secretary Janet Rourke', 'Janet Rourke', 'Rourke', 'Treasury Secretary Neil Baptiste', 'Neil Baptiste', 'Baptiste'],
    },
    {
      id: 'TZH',
      name: 'Tianzhou',
      aliases: ['Tianzhou', 'Tianzhounese', 'Tianzhou government', 'Tianzhou officials', 'Tianzhou negotiators', 'Tianzhou delegation', 'Jinyang', 'Premier Lin Haoran', 'Lin Haoran', 'Lin', 'Vice-Premier Zhao Weiming', 'Zhao Weiming', 'Zhao', 'Commerce Ministry', 'commerce ministry spokesman Gao Yun', 'Gao Yun', 'Gao'],
    },
  ],
  [
    {
      id: 'tariffs',
      name: 'tariff level',
      aliases: ['tariffs', 'tariff', 'duties', 'levies', 'import duties', 'tariff rate', 'tariff level'],
      range: { min: 0, max: 150, step: 5, unit: 'percent' },
    },
    {
      id: 'chips',
      name: 'export controls on chips',
      aliases: ['export controls', 'chip controls', 'chips', 'semiconductors', 'chip exports', 'chipmaking equipment', 'advanced chips', 'technology controls', 'entity list'],
      options: [
        ['lifted', 'controls lifted', ['lift export controls', 'lifting of export controls', 'scrap the controls', 'remove restrictions', 'end to chip controls']],
        ['eased', 'controls eased by licence', ['ease the controls', 'easing of export controls', 'licences', 'case-by-case licences', 'relax', 'relaxation']],
        ['kept', 'controls kept', ['keep the controls', 'maintain export controls', 'controls remain', 'not negotiable']],
        ['tightened', 'controls tightened', ['tighten', 'tighter controls', 'expand the controls', 'new restrictions', 'broaden']],
      ],
    },
    {
      id: 'farm',
      name: 'farm purchases',
      aliases: ['farm purchases', 'farm goods', 'agricultural purchases', 'agricultural products', 'soybeans', 'soybean purchases', 'farm products', 'grain', 'pork', 'purchases'],
      range: { min: 0, max: 100, step: 5, unit: 'billion dollars a year' },
    },
    {
      id: 'currency',
      name: 'currency',
      aliases: ['currency', 'exchange rate', 'tael', 'currency policy', 'currency manipulation', 'devaluation', 'valuation of the tael'],
      options: [
        ['appreciation', 'allow the tael to appreciate', ['appreciation', 'stronger tael', 'let the tael rise', 'allow the tael to strengthen', 'revaluation']],
        ['no_devaluation', 'pledge against competitive devaluation', ['no competitive devaluation', 'refrain from devaluation', 'not devalue', 'pledge against devaluation', 'transparency on intervention']],
        ['no_commitment', 'no currency commitment', ['sovereign matter', 'no currency commitment', 'currency is not on the table']],
      ],
    },
  ],
);

export const wageScenario = makeScenario(
  'wage-t7',
  [
    {
      id: 'EMP',
      name: 'Confederation of Lusavian Employers',
      aliases: ['Confederation of Lusavian Employers', 'CLE', 'employers', "employers' federation", "employers' confederation", 'employers federation', 'business lobby', 'Henrik Falk', 'Falk', 'employer representatives'],
    },
    {
      id: 'GWC',
      name: 'General Workers Confederation',
      aliases: ['General Workers Confederation', "General Workers' Confederation", 'GWC', 'the General Confederation', 'Marta Ruiz', 'Ruiz', 'GWC leader', 'largest union confederation'],
    },
    {
      id: 'FUF',
      name: 'Free Union Federation',
      aliases: ['Free Union Federation', 'FUF', 'Pavel Ondra', 'Ondra', 'FUF leader', 'smaller union confederation', 'the Federation'],
    },
    {
      id: 'MIN',
      name: 'Labour Ministry',
      aliases: ['Labour Ministry', 'labour ministry', 'Ministry of Labour', 'labour minister', 'Labour Minister Sofia Landry', 'Sofia Landry', 'Landry', 'the government', 'government'],
    },
  ],
  [
    {
      id: 'minwage',
      name: 'minimum wage',
      aliases: ['minimum wage', 'minimum monthly wage', 'wage floor', 'statutory minimum', 'lowest wage', 'minimum pay'],
      range: { min: 800, max: 1600, step: 20, unit: 'euros a month' },
    },
    {
      id: 'week',
      name: 'working week',
      aliases: ['working week', 'work week', 'working hours', 'weekly hours', 'hours a week', 'four-day week', 'working time'],
      range: { min: 32, max: 45, step: 1, unit: 'hours' },
    },
    {
      id: 'bargaining',
      name: 'sector bargaining',
      aliases: ['sector bargaining', 'sectoral bargaining', 'collective bargaining', 'bargaining', 'collective agreements', 'sector agreements', 'wage bargaining'],
      options: [
        ['sector', 'sector-wide agreements binding on all firms', ['sector-wide agreements', 'sectoral agreements', 'industry-wide agreements', 'extension of sector agreements', 'sector-level bargaining', 'binding on all firms']],
        ['firm', 'company-level bargaining', ['company-level bargaining', 'company-level agreements', 'firm-level deals', 'plant-level agreements', 'opt-out clauses', 'opt out']],
      ],
    },
    {
      id: 'pension',
      name: 'pension age',
      aliases: ['pension age', 'retirement age', 'pensionable age', 'pensions', 'retire', 'retirement'],
      range: { min: 60, max: 70, step: 1, unit: 'years' },
    },
  ],
);
