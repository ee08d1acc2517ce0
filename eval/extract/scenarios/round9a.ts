// Three invented negotiations for the round-9 training block (eval/extract/train3.yaml): a national
// teachers' strike (a union federation, the education ministry, a conciliation service), the
// withdrawal of Vestria from the Aurelian Economic Union (with Elvany, which shares the island of
// Karsa with it), and a hostage-release negotiation between Tarsenia and the Harun Brigades with
// Marzan mediating. Aliases were written as an analyst setting up each scenario would, before any
// sentence was written, and are not extended afterwards.
import { makeScenario } from './build.js';

export const teachersScenario = makeScenario(
  'teachers-test',
  [
    {
      id: 'FTU',
      name: 'Federation of Teaching Unions',
      aliases: [
        'Federation of Teaching Unions',
        'FTU',
        'the federation',
        'union federation',
        "teachers' unions",
        'teaching unions',
        'unions',
        'union',
        'union leaders',
        'union negotiators',
        'teachers',
        'general secretary Hallam',
        'Rosa Hallam',
        'Hallam',
        'deputy general secretary Mbeki',
        'Tom Mbeki',
        'Mbeki',
      ],
    },
    {
      id: 'EDU',
      name: 'Ministry of Education',
      aliases: [
        'education ministry',
        'Ministry of Education',
        'the ministry',
        'ministry officials',
        'education minister',
        'Education Minister Pryce',
        'Daniel Pryce',
        'Pryce',
        'the government',
        'government',
        'ministers',
        'government negotiators',
        'Treasury',
      ],
    },
    {
      id: 'CON',
      name: 'National Conciliation Service',
      aliases: [
        'National Conciliation Service',
        'conciliation service',
        'NCS',
        'conciliators',
        'the conciliator',
        'chief conciliator Okafor',
        'Grace Okafor',
        'Okafor',
      ],
    },
  ],
  [
    {
      id: 'pay',
      name: 'pay rise',
      aliases: ['pay', 'pay rise', 'pay increase', 'pay offer', 'pay award', 'salaries', 'salary', 'wages', 'raise', 'increase'],
      range: { min: 0, max: 15, step: 0.5, unit: 'per cent' },
    },
    {
      id: 'class_size',
      name: 'class sizes',
      aliases: ['class sizes', 'class size', 'pupils per class', 'classroom sizes', 'overcrowded classrooms', 'larger classes', 'smaller classes'],
      options: [
        ['cap25', 'legal cap of 25 pupils', ['cap of 25', '25 pupils', 'maximum of 25', 'statutory cap', 'legal cap']],
        ['cap30', 'cap of 30 pupils', ['cap of 30', '30 pupils', 'maximum of 30']],
        ['no_cap', 'no cap, schools decide', ['no cap', 'left to schools', 'local discretion']],
      ],
    },
    {
      id: 'pensions',
      name: 'pensions',
      aliases: ['pensions', 'pension', 'pension scheme', 'retirement age', 'pension contributions', 'retirement'],
      options: [
        ['keep', 'current scheme kept', ['current scheme', 'existing scheme', 'final-salary', 'pensions untouched', 'keep the scheme']],
        ['higher_contrib', 'higher contributions', ['higher contributions', 'raise contributions', 'contribution increase']],
        ['later_age', 'retirement age raised to 67', ['retirement age of 67', 'raise the retirement age', 'later retirement', 'work longer']],
      ],
    },
    {
      id: 'strike',
      name: 'strike action',
      aliases: ['strike', 'strikes', 'walkout', 'walkouts', 'industrial action', 'stoppage', 'school closures'],
      options: [
        ['escalate', 'escalated or indefinite strike', ['indefinite strike', 'escalate', 'escalation', 'all-out strike', 'further strike days']],
        ['continue', 'strike continues', ['continue the strike', 'strike goes on', 'keep striking']],
        ['suspend', 'strike suspended', ['suspend the strike', 'suspension of the strike', 'call off the strike', 'call off', 'pause the strike', 'end the strike', 'return to work']],
      ],
    },
  ],
);

export const exitScenario = makeScenario(
  'exit-test',
  [
    {
      id: 'VES',
      name: 'Vestria',
      aliases: [
        'Vestrian',
        'Vestrian government',
        'Vestrian officials',
        'Vestrian negotiators',
        'Vestrian delegation',
        'Halden',
        'Prime Minister Strand',
        'Eirik Strand',
        'Strand',
        'chief negotiator Holt',
        'Maren Holt',
        'Holt',
      ],
    },
    {
      id: 'AEU',
      name: 'Aurelian Economic Union',
      aliases: [
        'Aurelian Economic Union',
        'AEU',
        'the union',
        'the Union',
        'union negotiators',
        'the Commission',
        'Commission',
        'member states',
        'the 26',
        'Lucerna',
        'chief negotiator Roux',
        'Bastien Roux',
        'Roux',
        'Commission President Valli',
        'Valli',
      ],
    },
    {
      id: 'ELV',
      name: 'Elvany',
      aliases: [
        'Elvanian',
        'Elvanian government',
        'Elvanian officials',
        'Carrow',
        'Prime Minister Deane',
        'Siobhan Deane',
        'Deane',
        'Foreign Minister Kerrigan',
        'Kerrigan',
      ],
    },
  ],
  [
    {
      id: 'customs',
      name: 'customs arrangement',
      aliases: ['customs', 'customs arrangement', 'customs union', 'tariffs', 'trade arrangement', 'future trade relationship', 'single market'],
      options: [
        ['customs_union', 'stay in the customs union', ['customs union', 'remain in the customs union', 'common external tariff', 'customs territory']],
        ['fta', 'free-trade agreement', ['free-trade agreement', 'free trade agreement', 'trade deal', 'tariff-free trade', 'zero tariffs']],
        ['no_deal', 'no deal, default tariffs', ['no deal', 'no-deal', 'WTO terms', 'default tariffs', 'crash out']],
      ],
    },
    {
      id: 'island_border',
      name: 'border on Karsa',
      aliases: ['Karsa', 'Karsa border', 'island border', 'border on Karsa', 'land border', 'border checks', 'backstop', 'the border'],
      options: [
        ['open', 'no checks on the island', ['open border', 'no hard border', 'frictionless', 'no checks', 'no border infrastructure', 'invisible border']],
        ['sea_checks', 'checks at ports and sea crossings', ['checks at the ports', 'checks at sea', 'sea border', 'port checks', 'checks on the ferries']],
        ['hard', 'checks on the land border', ['hard border', 'border posts', 'customs posts', 'checkpoints', 'checks on the land border']],
      ],
    },
    {
      id: 'bill',
      name: 'divorce bill',
      aliases: ['divorce bill', 'exit bill', 'financial settlement', 'settlement', 'liabilities', 'financial obligations', 'payment', 'bill'],
      range: { min: 0, max: 80, step: 1, unit: 'billion' },
    },
    {
      id: 'citizens',
      name: "citizens' rights",
      aliases: ["citizens' rights", 'citizens', 'residency rights', 'right to stay', 'right to remain', 'residents', 'nationals', 'settled status'],
      options: [
        ['guaranteed', 'existing rights guaranteed for life', ['guaranteed for life', 'lifelong rights', 'existing rights', 'full rights', 'unilateral guarantee']],
        ['reciprocal', 'reciprocal rights', ['reciprocal', 'reciprocity', 'mirror', 'same rights on both sides']],
        ['registration', 'rights subject to registration and cut-off', ['cut-off date', 'registration scheme', 'apply for status', 'settled-status scheme']],
      ],
    },
    {
      id: 'transition',
      name: 'transition period',
      aliases: ['transition period', 'transition', 'implementation period', 'standstill period', 'standstill', 'grace period'],
      options: [
        ['none', 'no transition', ['no transition', 'clean break', 'immediate exit']],
        ['two_years', 'two-year transition', ['two-year transition', 'two years', '24 months', 'fixed transition']],
        ['extendable', 'extendable transition', ['extendable', 'extension', 'extend the transition', 'open-ended']],
      ],
    },
  ],
);

export const hostageScenario = makeScenario(
  'hostage-test',
  [
    {
      id: 'TAR',
      name: 'Tarsenia',
      aliases: [
        'Tarsenian',
        'Tarsenian government',
        'Tarsenian officials',
        'Tarsenian negotiators',
        'Tarsenian army',
        'Velmora',
        'Prime Minister Aviran',
        'Noa Aviran',
        'Aviran',
        'negotiator Koss',
        'Ilan Koss',
        'Koss',
        'security cabinet',
      ],
    },
    {
      id: 'HAR',
      name: 'Harun Brigades',
      aliases: [
        'Harun Brigades',
        'Harun',
        'the Brigades',
        'armed group',
        'the group',
        'militants',
        'the militants',
        'Brigades negotiators',
        'commander Darak',
        'Yusuf Darak',
        'Darak',
        'spokesman Sall',
        'Omar Sall',
        'Sall',
      ],
    },
    {
      id: 'MAR',
      name: 'Marzan',
      aliases: [
        'Marzani',
        'Marzani mediators',
        'Marzani government',
        'Marzani foreign ministry',
        'Al-Reem',
        'Foreign Minister Nuri',
        'Rashid Nuri',
        'Nuri',
        'mediators',
        'the mediator',
        'mediator',
      ],
    },
  ],
  [
    {
      id: 'hostages',
      name: 'release of hostages',
      aliases: ['hostages', 'hostage', 'captives', 'abductees', 'hostage release', 'release of the hostages', 'those held', 'kidnapped'],
      options: [
        ['all', 'release of all hostages at once', ['all hostages', 'all the hostages', 'every hostage', 'all at once', 'release them all']],
        ['phased', 'phased release', ['phased release', 'in stages', 'in phases', 'staggered release', 'first phase']],
        ['humanitarian', 'women, children, elderly and sick first', ['women and children', 'the elderly', 'the sick', 'humanitarian cases', 'wounded hostages']],
      ],
    },
    {
      id: 'prisoners',
      name: 'prisoner releases',
      aliases: ['prisoners', 'prisoner release', 'prisoner releases', 'detainees', 'jailed fighters', 'inmates', 'prisoner swap', 'prisoner exchange'],
      options: [
        ['long_sentences', 'release including long-sentence prisoners', ['life sentences', 'long sentences', 'senior commanders', 'high-profile prisoners', 'serious offences']],
        ['limited', 'limited release', ['limited release', 'minor offences', 'administrative detainees', 'women and minors', 'low-level']],
        ['none', 'no prisoner release', ['no prisoner release', 'no prisoners', 'no releases']],
      ],
    },
    {
      id: 'pause',
      name: 'pause in fighting',
      aliases: ['pause in fighting', 'pause', 'truce', 'ceasefire', 'cease-fire', 'humanitarian pause', 'halt to operations', 'lull', 'military operations', 'offensive'],
      options: [
        ['permanent', 'permanent ceasefire', ['permanent ceasefire', 'end of the war', 'end to the fighting', 'lasting ceasefire', 'complete halt']],
        ['temporary', 'temporary pause', ['temporary pause', 'humanitarian pause', 'days of calm', 'short truce', 'temporary truce']],
        ['none', 'no pause', ['no pause', 'no ceasefire', 'keep fighting', 'resume operations']],
      ],
    },
    {
      id: 'passage',
      name: 'safe passage',
      aliases: ['safe passage', 'safe conduct', 'exit route', 'evacuation', 'leave the enclave', 'free passage'],
      options: [
        ['granted', 'safe passage for fighters', ['safe passage', 'safe conduct', 'guaranteed exit', 'allowed to leave']],
        ['denied', 'no safe passage', ['no safe passage', 'no exit', 'no amnesty']],
      ],
    },
    {
      id: 'ransom',
      name: 'ransom',
      aliases: ['ransom', 'ransom payment', 'payment', 'cash', 'money', 'funds'],
      options: [
        ['paid', 'ransom paid', ['pay a ransom', 'ransom paid', 'payment', 'compensation']],
        ['none', 'no ransom', ['no ransom', 'no payment', 'not a cent']],
      ],
    },
  ],
);
