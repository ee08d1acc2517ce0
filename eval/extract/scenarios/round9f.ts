// Four invented negotiations for the train8 training block (eval/extract/train8.yaml): talks on
// the breakaway enclave of Verhovina between Dalmora and Kestria with a co-chair group, a
// climate-finance negotiation between the Northern Donor Group, the Southern Development Bloc and
// the Alliance of Ocean States, a university strike between the Union of University Lecturers,
// the Universities Employers' Council and the Higher Education Standards Office, and the merger of
// Halvard Bank and Corvel Bank with the Competition Authority and the finance ministry of Estmark.
// Aliases were written as an analyst setting up each scenario would, before any sentence, and are
// not extended afterwards.
import { makeScenario } from './build.js';

export const enclaveScenario = makeScenario(
  'enclave-t8',
  [
    {
      id: 'DAL',
      name: 'Dalmora',
      aliases: ['Dalmora', 'Dalmoran', 'Dalmoran government', 'Dalmoran officials', 'Dalmoran negotiators', 'Dalmoran delegation', 'Ostrava', 'President Halloran', 'Mirela Halloran', 'Halloran', 'Foreign Minister Teodorescu', 'Anton Teodorescu', 'Teodorescu'],
    },
    {
      id: 'KES',
      name: 'Kestria',
      aliases: ['Kestria', 'Kestrian', 'Kestrian government', 'Kestrian officials', 'Kestrian negotiators', 'Kestrian delegation', 'Varnik', 'President Sokolov', 'Ilya Sokolov', 'Sokolov', 'Foreign Minister Adamyan', 'Narine Adamyan', 'Adamyan'],
    },
    {
      id: 'VER',
      name: 'Verhovina de facto authorities',
      aliases: ['Verhovina authorities', 'Verhovinian authorities', 'separatist authorities', 'separatist leaders', 'separatists', 'enclave leadership', 'enclave authorities', 'Lesko', 'Bogdan Lesko', 'Verhovinian leader', 'de facto authorities', 'Gorin'],
    },
    {
      id: 'COC',
      name: 'Co-chair group',
      aliases: ['co-chairs', 'co-chair group', 'Co-Chairs', 'mediators', 'international mediators', 'co-chair envoys', 'Ambassador Lindgren', 'Karin Lindgren', 'Lindgren', 'mediation group'],
    },
  ],
  [
    {
      id: 'status',
      name: 'status of Verhovina',
      aliases: ['status', 'status of Verhovina', "enclave's status", 'final status', 'Verhovina', 'enclave', 'sovereignty', 'self-rule'],
      options: [
        ['reintegration', 'reintegration into Dalmora', ['reintegration', 'return to Dalmoran rule', 'under Dalmoran sovereignty', 'territorial integrity', 'full reintegration']],
        ['autonomy', 'broad autonomy within Dalmora', ['autonomy', 'broad autonomy', 'wide autonomy', 'self-government', 'special status', 'federal arrangement']],
        ['deferred', 'status deferred', ['status deferred', 'defer the status', 'postpone the question of status', 'interim status', 'status to be decided later']],
        ['independence', 'independence or union with Kestria', ['independence', 'union with Kestria', 'secession', 'recognition of independence', 'referendum on independence']],
      ],
    },
    {
      id: 'corridor',
      name: 'corridor road',
      aliases: ['corridor', 'corridor road', 'Selva corridor', 'Selva road', 'road link', 'transit road', 'the road', 'highway'],
      options: [
        ['dalmoran_control', 'Dalmoran control of the corridor', ['Dalmoran control', 'Dalmoran checkpoints', 'under Dalmoran control', 'Dalmoran customs']],
        ['international', 'international administration of the corridor', ['international administration', 'international monitors on the road', 'jointly administered', 'joint administration', 'international control']],
        ['kestrian_control', 'Kestrian control of the corridor', ['Kestrian control', 'Kestrian troops on the road', 'under Kestrian control', 'Kestrian-guarded']],
      ],
    },
    {
      id: 'return',
      name: 'return of displaced people',
      aliases: ['return of displaced people', 'displaced people', 'displaced persons', 'refugees', 'right of return', 'return', 'IDPs', 'returnees'],
      options: [
        ['full', 'full right of return', ['full right of return', 'right of return', 'unconditional return', 'all displaced', 'return of all']],
        ['phased', 'phased return', ['phased return', 'gradual return', 'staged return', 'return in stages']],
        ['none', 'no return', ['no return', 'compensation instead of return', 'compensation only']],
      ],
    },
    {
      id: 'peacekeepers',
      name: 'peacekeepers',
      aliases: ['peacekeepers', 'peacekeeping force', 'peacekeeping mission', 'troops', 'Kestrian troops', 'Kestrian contingent', 'forces in the enclave'],
      options: [
        ['international', 'international peacekeeping force', ['international peacekeepers', 'international peacekeeping force', 'multinational force', 'UN peacekeepers', 'neutral force']],
        ['kestrian', 'Kestrian peacekeepers', ['Kestrian peacekeepers', 'Kestrian contingent', 'Kestrian troops stay', 'Kestrian troops']],
        ['observers', 'unarmed observers', ['unarmed observers', 'observers', 'monitors', 'monitoring mission']],
        ['none', 'no foreign forces', ['no foreign forces', 'withdrawal of all foreign troops', 'no peacekeepers']],
      ],
    },
  ],
);

export const financeScenario = makeScenario(
  'finance-t8',
  [
    {
      id: 'NDG',
      name: 'Northern Donor Group',
      aliases: ['Northern Donor Group', 'NDG', 'donor group', 'donor countries', 'rich countries', 'wealthy nations', 'developed countries', 'industrialised nations', 'donor bloc', 'Commissioner Aalto', 'Sanna Aalto', 'Aalto', 'donor negotiators'],
    },
    {
      id: 'SDB',
      name: 'Southern Development Bloc',
      aliases: ['Southern Development Bloc', 'SDB', 'developing countries', 'developing nations', 'developing-country bloc', 'the bloc', 'Global South', 'Minister Nwosu', 'Amara Nwosu', 'Nwosu', 'bloc negotiators', 'bloc chair'],
    },
    {
      id: 'AOS',
      name: 'Alliance of Ocean States',
      aliases: ['Alliance of Ocean States', 'AOS', 'small islands', 'small island states', 'island nations', 'island states', 'islanders', 'Ambassador Tuilagi', 'Mele Tuilagi', 'Tuilagi', 'island negotiators', 'island bloc'],
    },
  ],
  [
    {
      id: 'finance',
      name: 'climate finance',
      aliases: ['climate finance', 'finance goal', 'finance target', 'funding', 'finance', 'new collective goal', 'a year in climate finance', 'per year'],
      range: { min: 100, max: 1500, step: 50, unit: 'billion USD per year' },
    },
    {
      id: 'coal',
      name: 'coal phase-out',
      aliases: ['coal phase-out', 'coal', 'phase out coal', 'phasing out coal', 'coal power', 'coal plants', 'phase-out date'],
      options: [
        ['by_2030', 'coal phase-out by 2030', ['by 2030', '2030 phase-out', 'end of the decade']],
        ['by_2040', 'coal phase-out by 2040', ['by 2040', '2040 phase-out']],
        ['by_2050', 'coal phase-out by 2050', ['by 2050', 'mid-century', '2050 phase-out']],
        ['phase_down', 'phase-down without a date', ['phase-down', 'phase down', 'phasing down', 'no fixed date', 'without a date', 'unabated coal']],
      ],
    },
    {
      id: 'loss_damage',
      name: 'loss and damage fund',
      aliases: ['loss and damage fund', 'loss and damage', 'loss-and-damage', 'damage fund', 'fund for loss and damage', 'compensation fund'],
      options: [
        ['grants', 'fund capitalised with grants', ['grants', 'grant-based', 'new and additional money', 'public grants', 'capitalised']],
        ['voluntary', 'voluntary contributions', ['voluntary contributions', 'voluntary basis', 'voluntary', 'no obligation to pay']],
        ['loans', 'loans and insurance', ['loans', 'insurance', 'insurance schemes', 'concessional loans']],
        ['none', 'no fund', ['no fund', 'no new fund']],
      ],
    },
    {
      id: 'carbon_market',
      name: 'carbon market rules',
      aliases: ['carbon market', 'carbon markets', 'carbon credits', 'offsets', 'Article 6', 'carbon trading', 'market rules'],
      options: [
        ['strict', 'strict integrity rules', ['strict rules', 'strict integrity rules', 'independent verification', 'robust accounting', 'ban on double counting', 'strict oversight']],
        ['flexible', 'flexible rules', ['flexible rules', 'flexibility', 'light-touch rules', 'self-certification', 'national discretion']],
        ['levy', 'levy for adaptation', ['share of proceeds', 'levy on credits', 'levy', 'adaptation levy']],
      ],
    },
  ],
);

export const strikeScenario = makeScenario(
  'strike-t8',
  [
    {
      id: 'UUL',
      name: 'Union of University Lecturers',
      aliases: ['Union of University Lecturers', 'UUL', 'the union', 'lecturers', "lecturers' union", 'union leaders', 'union members', 'General Secretary Marsh', 'Helen Marsh', 'Marsh', 'union negotiators', 'academic staff', 'strikers'],
    },
    {
      id: 'UEC',
      name: "Universities Employers' Council",
      aliases: ["Universities Employers' Council", 'UEC', 'employers', 'universities', 'university employers', 'vice-chancellors', 'university leaders', 'Chief Executive Dunmore', 'Raymond Dunmore', 'Dunmore', 'employers\' negotiators', 'management', 'the council'],
    },
    {
      id: 'HES',
      name: 'Higher Education Standards Office',
      aliases: ['Higher Education Standards Office', 'HESO', 'the regulator', 'education regulator', 'regulator', 'Director Okonjo', 'Adaeze Okonjo', 'Okonjo', 'standards office'],
    },
  ],
  [
    {
      id: 'pay',
      name: 'pay rise',
      aliases: ['pay', 'pay rise', 'pay offer', 'salary', 'salaries', 'wages', 'pay award', 'per cent', 'percent'],
      range: { min: 0, max: 15, step: 0.5, unit: 'percent' },
    },
    {
      id: 'casual',
      name: 'casual contracts',
      aliases: ['casual contracts', 'casualisation', 'fixed-term contracts', 'zero-hours contracts', 'hourly-paid staff', 'precarious contracts', 'short-term contracts'],
      options: [
        ['end', 'end casual contracts', ['end casualisation', 'end zero-hours contracts', 'abolish', 'permanent contracts for all', 'scrap']],
        ['cap', 'cap the share of casual contracts', ['cap on casual contracts', 'limit', 'cap', 'reduce the share', 'ceiling']],
        ['review', 'joint review', ['review', 'joint review', 'working group', 'study']],
        ['status_quo', 'no change', ['no change', 'status quo', 'keep flexibility']],
      ],
    },
    {
      id: 'pension',
      name: 'pension scheme',
      aliases: ['pension', 'pensions', 'pension scheme', 'Academic Pension Scheme', 'APS', 'retirement benefits', 'pension benefits'],
      options: [
        ['restore', 'restore defined benefits', ['restore', 'restore benefits', 'reverse the cuts', 'restoration', 'defined benefits']],
        ['keep', 'keep current benefits', ['keep current benefits', 'no further cuts', 'protect', 'freeze contributions']],
        ['cut', 'cut benefits', ['cut', 'cuts', 'reduce benefits', 'switch to defined contribution', 'higher contributions']],
      ],
    },
    {
      id: 'boycott',
      name: 'marking boycott',
      aliases: ['marking boycott', 'marking and assessment boycott', 'boycott', 'withholding marks', 'assessment boycott', 'industrial action', 'strike', 'walkout'],
      options: [
        ['continue', 'continue the boycott', ['continue', 'escalate', 'extend', 'keep up']],
        ['suspend', 'suspend the boycott', ['suspend', 'pause', 'call off', 'lift', 'end the boycott']],
        ['deductions', 'pay deductions for boycotting staff', ['deductions', 'pay deductions', 'docking pay', 'withhold pay', 'dock']],
      ],
    },
  ],
);

export const mergerScenario = makeScenario(
  'merger-t8',
  [
    {
      id: 'HAL',
      name: 'Halvard Bank',
      aliases: ['Halvard Bank', 'Halvard', "Halvard's board", 'Halvard board', 'Halvard executives', 'chief executive Brennan', 'Sofia Brennan', 'Brennan', 'Halvard chairman', 'the acquirer', 'Halvard management'],
    },
    {
      id: 'COR',
      name: 'Corvel Bank',
      aliases: ['Corvel Bank', 'Corvel', "Corvel's board", 'Corvel board', 'Corvel directors', 'Corvel executives', 'chairman Ostrowski', 'Pawel Ostrowski', 'Ostrowski', 'the target', 'Corvel management'],
    },
    {
      id: 'CMA',
      name: 'Competition Authority',
      aliases: ['Competition Authority', 'competition authority', 'competition regulator', 'antitrust regulator', 'antitrust authority', 'the watchdog', 'competition watchdog', 'regulator', 'Commissioner Delacroix', 'Margaux Delacroix', 'Delacroix'],
    },
    {
      id: 'FIN',
      name: 'Finance Ministry of Estmark',
      aliases: ['finance ministry', 'Ministry of Finance', 'Estmark government', 'Estmark', 'the government', 'the state', 'Finance Minister Rask', 'Jonas Rask', 'Rask', 'Treasury', 'ministry officials', 'government officials'],
    },
  ],
  [
    {
      id: 'branches',
      name: 'branch closures',
      aliases: ['branch closures', 'branches', 'branch network', 'closing branches', 'close branches', 'branch', 'high-street branches'],
      options: [
        ['no_closures', 'no branch closures', ['no closures', 'keep all branches', 'keep every branch open', 'no branch closures', 'moratorium on closures']],
        ['limited', 'limited closures with rural protection', ['limited closures', 'protect rural branches', 'rural branches', 'closures only in cities', 'a small number of closures']],
        ['large', 'large-scale closures', ['large-scale closures', 'hundreds of branches', 'close a third', 'consolidate the branch network', 'sweeping closures']],
      ],
    },
    {
      id: 'jobs',
      name: 'job cuts',
      aliases: ['job cuts', 'jobs', 'redundancies', 'layoffs', 'headcount', 'positions', 'staff cuts', 'job losses'],
      range: { min: 0, max: 10000, step: 250, unit: 'jobs' },
    },
    {
      id: 'golden_share',
      name: "state's golden share",
      aliases: ['golden share', "state's golden share", 'special share', 'veto right', "government's veto", 'state veto'],
      options: [
        ['keep', 'keep the golden share', ['keep the golden share', 'retain', 'preserve', 'maintain', 'transfer to the merged bank']],
        ['limited', 'golden share limited in scope', ['limited golden share', 'narrower', 'restricted to', 'sunset clause', 'scaled back']],
        ['scrap', 'scrap the golden share', ['scrap', 'abolish', 'give up', 'relinquish', 'surrender', 'cancel']],
      ],
    },
    {
      id: 'divestment',
      name: 'divestment of the card unit',
      aliases: ['divestment', 'card unit', 'Corvel Cards', 'payments unit', 'card business', 'sale of the unit', 'disposal', 'remedy', 'remedies'],
      options: [
        ['divest', 'sell the card unit', ['sell', 'sale', 'divest', 'dispose of', 'spin off', 'carve-out', 'sell off']],
        ['ringfence', 'ring-fence the unit', ['ring-fence', 'ring-fenced', 'separate governance', 'hold separate', 'behavioural remedies']],
        ['keep', 'keep the unit', ['keep the unit', 'retain the unit', 'keep Corvel Cards', 'no divestment']],
      ],
    },
  ],
);
