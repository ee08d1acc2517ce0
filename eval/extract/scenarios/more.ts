// Two more invented negotiations for the evaluation set, added with the second held-out block: a
// climate summit and a ceasefire in an invented civil war. The aliases were written as an analyst
// setting up each scenario would (names, demonyms, capitals, negotiators), before the sentences.
import { makeScenario } from './build.js';

export const climateScenario = makeScenario(
  'climate-test',
  [
    {
      id: 'AIS',
      name: 'Alliance of Island States',
      aliases: [
        'island states',
        'small island states',
        'island nations',
        'island negotiators',
        'Minister Tala',
        'Tala',
      ],
    },
    {
      id: 'PET',
      name: 'Petrolia',
      aliases: ['Petrolian', 'Petrolian delegation', 'Ras Kafa', 'Minister Haddan', 'Haddan'],
    },
    {
      id: 'EU',
      name: 'European Union',
      aliases: ['EU', 'Europe', 'European', 'Brussels', 'European Commission', 'EU climate commissioner'],
    },
    {
      id: 'IND',
      name: 'Indara',
      aliases: ['Indaran', 'Indaran officials', 'New Sura'],
    },
  ],
  [
    {
      id: 'fossil',
      name: 'fossil fuels',
      aliases: ['fossil fuels', 'fossil fuel', 'coal', 'oil and gas'],
      options: [
        ['phase_out', 'phase-out', ['phase-out', 'phase out', 'phasing out', 'phase out fossil fuels']],
        ['phase_down', 'phase-down', ['phase-down', 'phase down', 'transition away', 'phasing down']],
        ['none', 'no mention', ['no reference to fossil fuels']],
      ],
    },
    {
      id: 'finance',
      name: 'climate finance',
      aliases: ['climate finance', 'finance goal', 'finance', 'funding'],
      range: { min: 100, max: 1500, step: 50, unit: 'billion' },
    },
    {
      id: 'loss_damage',
      name: 'loss and damage',
      aliases: ['loss and damage', 'loss-and-damage', 'compensation fund'],
      options: [
        ['fund', 'dedicated fund', ['dedicated fund', 'new fund', 'loss and damage fund']],
        ['no_fund', 'no fund', ['no new fund']],
      ],
    },
    {
      id: 'target',
      name: 'temperature goal',
      aliases: ['temperature goal', 'warming limit', 'temperature target'],
      options: [
        ['c15', '1.5C', ['1.5C', '1.5 degrees', '1.5C target', '1.5C limit']],
        ['c2', '2C', ['2C', 'well below 2C', '2 degrees']],
      ],
    },
  ],
);

export const ceasefireScenario = makeScenario(
  'ceasefire-test',
  [
    {
      id: 'GOV',
      name: 'Government of Velmar',
      aliases: [
        'government',
        'Velmari government',
        'Port Adra',
        'army',
        'General Soren',
        'Soren',
        'government negotiators',
      ],
    },
    {
      id: 'REB',
      name: 'Eastern Liberation Front',
      aliases: [
        'Eastern Liberation Front',
        'ELF',
        'rebels',
        'rebel leaders',
        'insurgents',
        'Commander Basri',
        'Basri',
      ],
    },
    {
      id: 'MED',
      name: 'African Union mediators',
      aliases: ['African Union', 'AU', 'mediators', 'mediation team', 'envoy Okafor', 'Okafor'],
    },
  ],
  [
    {
      id: 'truce',
      name: 'ceasefire',
      aliases: ['ceasefire', 'truce', 'cessation of hostilities', 'pause'],
      options: [
        ['humanitarian', 'humanitarian truce', ['humanitarian truce', 'humanitarian pause', '72-hour truce']],
        ['permanent', 'permanent ceasefire', ['permanent ceasefire', 'lasting ceasefire']],
      ],
    },
    {
      id: 'corridors',
      name: 'aid access',
      aliases: ['humanitarian corridors', 'aid corridors', 'aid access', 'aid convoys', 'corridor'],
      options: [
        ['open', 'corridors open', ['open corridors', 'unhindered access', 'opening aid corridors']],
        ['closed', 'corridors closed', ['close the corridors', 'no access']],
      ],
    },
    {
      id: 'integration',
      name: 'fighters',
      aliases: ['integration', 'fighters', 'rebel fighters', 'demobilisation'],
      options: [
        [
          'army_merge',
          'integration into the army',
          ['integration into the army', 'join the national army', 'integrated into the army'],
        ],
        ['disarm', 'disarmament', ['disarmament', 'disarm', 'lay down weapons']],
      ],
    },
    {
      id: 'elections',
      name: 'elections',
      aliases: ['elections', 'vote', 'polls'],
      options: [
        ['within_year', 'elections within a year', ['elections within a year', 'early elections']],
        ['after_transition', 'after a transition', ['after the transition', 'transitional period']],
      ],
    },
    {
      id: 'kadura',
      name: 'control of Kadura',
      aliases: ['Kadura', 'status of Kadura'],
      options: [
        [
          'rebel_withdrawal',
          'rebels leave Kadura',
          ['withdraw from Kadura', 'leave Kadura', 'pull out of Kadura'],
        ],
        ['joint_admin', 'joint administration', ['joint administration', 'shared administration']],
      ],
    },
  ],
);
