// Four invented negotiations for the train6 training block (eval/extract/train6.yaml): a
// UN-brokered truce and power-sharing deal in Valdoria's civil war, a debt restructuring between
// Oskaria, its bondholders' committee and the IMF, a dispute between Teravia and Pellucia over the
// Corran Islands with the Southern Seas Council, and a collective agreement at AeroMeridian with
// its pilots' and cabin crew unions. Aliases were written as an analyst setting up each scenario
// would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const truceScenario = makeScenario(
  'truce-t6',
  [
    {
      id: 'GOV',
      name: 'Valdorian government',
      aliases: ['Valdorian government', 'government of Valdoria', 'government forces', 'government negotiators', 'government delegation', 'Sarnova', 'President Adeyemi-Cole', 'Tomas Adeyemi-Cole', 'Adeyemi-Cole', 'Interior Minister Brandt', 'Lena Brandt', 'Brandt', 'the government', 'Valdorian army'],
    },
    {
      id: 'NLF',
      name: 'Northern Liberation Front',
      aliases: ['Northern Liberation Front', 'NLF', 'the Front', 'rebels', 'rebel', 'rebel negotiators', 'rebel delegation', 'insurgents', 'General Mbeki-Roth', 'Joachim Mbeki-Roth', 'Mbeki-Roth', 'NLF spokesman Okonkwo', 'Daniel Okonkwo', 'Okonkwo', 'Front leadership'],
    },
    {
      id: 'UN',
      name: 'United Nations',
      aliases: ['United Nations', 'UN', 'U.N.', 'UN envoy', 'U.N. envoy', 'special envoy', 'UN mediator', 'mediators', 'Hanne Lindqvist', 'Lindqvist', 'UN mission', 'Security Council'],
    },
  ],
  [
    {
      id: 'truce',
      name: 'truce',
      aliases: ['truce', 'ceasefire', 'cease-fire', 'cessation of hostilities', 'halt to fighting', 'armistice'],
      options: [
        ['immediate', 'immediate nationwide truce', ['immediate truce', 'immediate ceasefire', 'nationwide truce', 'unconditional ceasefire', 'truce now']],
        ['after_deal', 'truce only after a political deal', ['after a political deal', 'after a settlement', 'only after agreement on power-sharing']],
        ['local', 'local truces', ['local truces', 'localised ceasefires', 'humanitarian pauses', 'local ceasefires']],
      ],
    },
    {
      id: 'transition',
      name: 'transitional government',
      aliases: ['transitional government', 'transitional authority', 'interim government', 'power-sharing', 'power sharing', 'unity government', 'cabinet posts', 'ministries'],
      options: [
        ['equal', 'equal power-sharing', ['equal power-sharing', 'equal share of ministries', 'fifty-fifty', 'parity', 'half of the cabinet']],
        ['minority', 'minority share for the rebels', ['minority share', 'a third of cabinet posts', 'junior partner', 'minority stake']],
        ['technocratic', 'technocratic interim government', ['technocratic government', 'government of technocrats', 'technocrats', 'caretaker cabinet']],
        ['none', 'no power-sharing', ['no power-sharing', 'no place in government']],
      ],
    },
    {
      id: 'capital_security',
      name: "security of the capital",
      aliases: ['security of the capital', "capital's security", 'Sarnova security', 'security in Sarnova', 'the capital', 'capital'],
      options: [
        ['joint_force', 'joint security force', ['joint security force', 'joint patrols', 'mixed units', 'joint force']],
        ['un_force', 'UN peacekeepers in the capital', ['UN peacekeepers', 'blue helmets', 'international force', 'peacekeeping force']],
        ['government', 'government forces alone', ['government forces alone', 'army control', 'presidential guard']],
        ['demilitarised', 'demilitarised capital', ['demilitarised', 'demilitarized', 'weapons-free zone', 'withdrawal of all armed units']],
      ],
    },
    {
      id: 'central_bank',
      name: 'central bank',
      aliases: ['central bank', 'Bank of Valdoria', 'central bank governor', 'monetary authority', 'reserves'],
      options: [
        ['independent', 'independent central bank', ['independent central bank', 'independence of the central bank', 'independent governor']],
        ['joint_board', 'jointly appointed board', ['joint board', 'jointly appointed', 'shared oversight', 'co-managed']],
        ['government', 'government control of the central bank', ['government control', 'under the finance ministry']],
      ],
    },
  ],
);

export const debtScenario = makeScenario(
  'debt-t6',
  [
    {
      id: 'OSK',
      name: 'Oskaria',
      aliases: ['Oskaria', 'Oskarian', 'Oskarian government', 'Oskarian officials', 'Oskarian negotiators', 'Port Lenna', 'Finance Minister Varga', 'Ilona Varga', 'Varga', 'President Rukundo', 'Paul Rukundo', 'Rukundo', 'finance ministry', 'debt office'],
    },
    {
      id: 'BHC',
      name: "bondholders' committee",
      aliases: ["bondholders' committee", 'bondholders committee', 'bondholders', 'creditors', 'creditor committee', 'creditor group', 'ad hoc committee', 'private creditors', 'investors', 'funds', 'committee chair Whitaker', 'Gerald Whitaker', 'Whitaker', 'committee advisers'],
    },
    {
      id: 'IMF',
      name: 'International Monetary Fund',
      aliases: ['IMF', 'International Monetary Fund', 'the Fund', 'Fund staff', 'IMF staff', 'IMF mission', 'mission chief Okafor', 'Chidi Okafor', 'Okafor', 'IMF board'],
    },
  ],
  [
    {
      id: 'haircut',
      name: 'haircut on principal',
      aliases: ['haircut', 'principal reduction', 'write-down', 'writedown', 'nominal haircut', 'debt relief', 'losses', 'reduction in face value'],
      range: { min: 0, max: 80, step: 5, unit: 'percent' },
    },
    {
      id: 'maturity',
      name: 'maturity extension',
      aliases: ['maturity extension', 'maturities', 'maturity', 'repayment schedule', 'extension', 'tenor', 'grace period'],
      options: [
        ['short', 'extension of up to 5 years', ['five-year extension', 'up to five years', 'short extension', 'modest extension']],
        ['medium', 'extension of 10 years', ['ten-year extension', '10-year extension', 'a decade']],
        ['long', 'extension of 20 years or more', ['20-year extension', 'twenty years', 'long extension', 'two decades']],
      ],
    },
    {
      id: 'surplus',
      name: 'primary surplus target',
      aliases: ['primary surplus', 'primary surplus target', 'fiscal target', 'fiscal adjustment', 'austerity', 'budget surplus'],
      range: { min: 0, max: 5, step: 0.5, unit: 'percent of GDP' },
    },
    {
      id: 'cacs',
      name: 'collective action clauses',
      aliases: ['collective action clauses', 'collective action clause', 'CACs', 'CAC', 'aggregation clauses', 'voting thresholds', 'majority restructuring provisions'],
      options: [
        ['enhanced', 'enhanced single-limb CACs', ['enhanced CACs', 'single-limb aggregation', 'single-limb', 'enhanced collective action clauses']],
        ['standard', 'standard series-by-series CACs', ['series-by-series', 'standard clauses', 'bond-by-bond']],
        ['none', 'no new CACs', ['no new clauses', 'no collective action clauses']],
      ],
    },
  ],
);

export const islandsScenario = makeScenario(
  'islands-t6',
  [
    {
      id: 'TER',
      name: 'Teravia',
      aliases: ['Teravia', 'Teravian', 'Teravian government', 'Teravian officials', 'Teravian negotiators', 'Teravian delegation', 'Almira', 'President Sørbø', 'Kjell Sørbø', 'Sørbø', 'Foreign Minister Castellan', 'Rosa Castellan', 'Castellan', 'Teravian navy', 'Teravian foreign ministry'],
    },
    {
      id: 'PEL',
      name: 'Pellucia',
      aliases: ['Pellucia', 'Pellucian', 'Pellucian government', 'Pellucian officials', 'Pellucian negotiators', 'Pellucian delegation', 'Quoreth', 'Prime Minister Tanaka-Ibsen', 'Mirei Tanaka-Ibsen', 'Tanaka-Ibsen', 'Foreign Minister Dalca', 'Stefan Dalca', 'Dalca', 'Pellucian coast guard', 'Pellucian foreign ministry'],
    },
    {
      id: 'SSC',
      name: 'Southern Seas Council',
      aliases: ['Southern Seas Council', 'SSC', 'the Council', 'regional bloc', 'Council secretary-general', 'Secretary-General Amari', 'Nadia Amari', 'Amari', 'Council mediators', 'Council ministers'],
    },
  ],
  [
    {
      id: 'sovereignty',
      name: 'sovereignty over the Corran Islands',
      aliases: ['sovereignty', 'Corran Islands', 'Corrans', 'islands', 'island chain', 'title', 'ownership', 'claim'],
      options: [
        ['teravian', 'Teravian sovereignty', ['Teravian sovereignty', 'belong to Teravia', 'Teravian territory']],
        ['pellucian', 'Pellucian sovereignty', ['Pellucian sovereignty', 'belong to Pellucia', 'Pellucian territory']],
        ['shelved', 'sovereignty shelved', ['shelve the sovereignty question', 'set aside sovereignty', 'freeze the claims', 'agree to disagree']],
        ['arbitration', 'international arbitration', ['arbitration', 'international court', 'ICJ', 'tribunal', 'adjudication']],
      ],
    },
    {
      id: 'joint_dev',
      name: 'joint development',
      aliases: ['joint development', 'joint development zone', 'gas fields', 'seabed resources', 'hydrocarbons', 'oil and gas', 'revenue sharing', 'exploration'],
      options: [
        ['joint_zone', 'joint development zone with shared revenue', ['joint development zone', 'shared revenue', 'revenue sharing', 'jointly develop', 'joint exploration']],
        ['unilateral', 'unilateral exploration', ['unilateral exploration', 'unilateral drilling', 'go it alone']],
        ['moratorium', 'moratorium on exploration', ['moratorium', 'freeze on drilling', 'halt to exploration']],
      ],
    },
    {
      id: 'fishing',
      name: 'fishing rights',
      aliases: ['fishing', 'fishing rights', 'fishermen', 'fishing grounds', 'fishing fleets', 'catch', 'fisheries'],
      options: [
        ['shared', 'shared fishing grounds', ['shared fishing grounds', 'joint fishing zone', 'access for both fleets', 'shared access']],
        ['quotas', 'fishing quotas', ['quotas', 'catch limits', 'licences']],
        ['exclusive', 'exclusive fishing rights', ['exclusive rights', 'exclusive fishing', 'keep out foreign boats']],
      ],
    },
    {
      id: 'military',
      name: 'military installations',
      aliases: ['military installations', 'military facilities', 'garrison', 'troops on the islands', 'radar station', 'airstrip', 'naval outpost', 'militarisation', 'militarization'],
      options: [
        ['demilitarised', 'demilitarised islands', ['demilitarisation', 'demilitarization', 'demilitarised', 'demilitarized', 'remove the garrison', 'dismantle']],
        ['freeze', 'freeze on new installations', ['freeze on new installations', 'no new construction', 'no further build-up']],
        ['retained', 'installations retained', ['keep its garrison', 'retain installations', 'expand']],
      ],
    },
  ],
);

export const airlineScenario = makeScenario(
  'airline-t6',
  [
    {
      id: 'AIR',
      name: 'AeroMeridian',
      aliases: ['AeroMeridian', 'Aero Meridian', 'the airline', 'the carrier', 'airline management', 'management', 'chief executive Hollis', 'Fiona Hollis', 'Hollis', 'HR director Petrakis', 'Nikos Petrakis', 'Petrakis', 'company negotiators'],
    },
    {
      id: 'PIL',
      name: "pilots' union",
      aliases: ["pilots' union", 'pilots union', 'Meridian Pilots Association', 'MPA', 'pilots', 'union president Garrick', 'Owen Garrick', 'Garrick', 'pilot representatives'],
    },
    {
      id: 'CCU',
      name: 'cabin crew union',
      aliases: ['cabin crew union', 'Cabin Crew Alliance', 'CCA', 'cabin crew', 'flight attendants', 'stewards', 'union general secretary Nkemelu', 'Ada Nkemelu', 'Nkemelu', 'crew representatives'],
    },
  ],
  [
    {
      id: 'pay',
      name: 'pay rise',
      aliases: ['pay rise', 'pay increase', 'wage increase', 'raise', 'pay', 'salaries', 'wages', 'pay offer', 'pay deal'],
      range: { min: 0, max: 25, step: 0.5, unit: 'percent' },
    },
    {
      id: 'rest',
      name: 'rest periods',
      aliases: ['rest periods', 'rest', 'rest time', 'rostering', 'rosters', 'duty hours', 'flight time limits', 'fatigue', 'days off'],
      options: [
        ['longer', 'longer minimum rest', ['longer rest', 'longer rest periods', 'more days off', 'extended rest', 'stricter flight time limits']],
        ['current', 'current rest rules', ['current rest rules', 'existing rosters', 'status quo on rest']],
        ['flexible', 'more flexible rostering', ['flexible rostering', 'more flexibility', 'shorter rest', 'longer duty days']],
      ],
    },
    {
      id: 'pensions',
      name: 'pensions',
      aliases: ['pensions', 'pension', 'pension scheme', 'retirement benefits', 'final-salary scheme', 'defined benefit'],
      options: [
        ['db_kept', 'defined-benefit scheme kept', ['keep the final-salary scheme', 'defined-benefit scheme', 'final-salary', 'protect pensions']],
        ['dc_switch', 'switch to defined contribution', ['defined contribution', 'switch to defined contribution', 'close the final-salary scheme']],
        ['higher_contrib', 'higher employer contributions', ['higher employer contributions', 'bigger contributions', 'employer contribution']],
      ],
    },
    {
      id: 'strike',
      name: 'strike',
      aliases: ['strike', 'strikes', 'walkout', 'industrial action', 'stoppage', 'strike action', 'work-to-rule'],
      options: [
        ['strike', 'strike goes ahead', ['strike', 'walkout', 'walk out', 'industrial action', 'stop work']],
        ['suspended', 'strike suspended', ['suspend the strike', 'call off', 'postpone', 'no strike', 'stand down']],
      ],
    },
  ],
);
