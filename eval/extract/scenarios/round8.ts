// Two more invented negotiations, added with the fifth held-out block (round 8): a peace process
// between the government of Dravonia and the separatist leadership of its Haldar region, mediated
// by a regional organisation; and a gas transit dispute between a producer state (Varkesh), a
// transit state (Belmora) and a regional energy community. The aliases were written as an analyst
// setting up each scenario would (names, demonyms, capitals, leaders, negotiators), before any
// sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const separatistScenario = makeScenario(
  'separatist-test',
  [
    {
      id: 'GOV',
      name: 'Government of Dravonia',
      aliases: [
        'Dravonia',
        'Dravonian',
        'Dravonian government',
        'Dravonian officials',
        'Dravonian negotiators',
        'central government',
        'government',
        'government negotiators',
        'Sorvik',
        'President Marev',
        'Marev',
        'Prime Minister Danu',
        'Danu',
        'chief negotiator Albescu',
        'Albescu',
      ],
    },
    {
      id: 'HAL',
      name: 'Haldar regional leadership',
      aliases: [
        'Haldar',
        'Haldari',
        'Haldari leadership',
        'Haldari leaders',
        'Haldari negotiators',
        'Haldari officials',
        'separatists',
        'separatist leaders',
        'separatist leadership',
        'Haldar Regional Council',
        'Tesh',
        'Vardi',
        'Aram Vardi',
        'Oskan',
        'Lusine Oskan',
      ],
    },
    {
      id: 'MED',
      name: 'Meridian States Association mediators',
      aliases: [
        'Meridian States Association',
        'MSA',
        'mediators',
        'mediator',
        'regional mediators',
        'MSA envoy',
        'envoy Ekdahl',
        'Ekdahl',
      ],
    },
  ],
  [
    {
      id: 'status',
      name: 'status of Haldar',
      aliases: ['status', 'autonomy', 'political status', 'status of Haldar', 'self-rule', 'self-government'],
      options: [
        [
          'independence',
          'independence',
          ['independence', 'independence referendum', 'secession', 'sovereignty', 'separate state'],
        ],
        [
          'federal',
          'federal status',
          ['federal status', 'federation', 'federal arrangement', 'federal republic'],
        ],
        [
          'autonomy',
          'special autonomy',
          ['special status', 'broad autonomy', 'wide autonomy', 'autonomous region', 'special autonomy'],
        ],
        [
          'decentralisation',
          'administrative decentralisation',
          [
            'decentralisation',
            'decentralization',
            'devolution',
            'local self-government',
            'administrative powers',
          ],
        ],
      ],
    },
    {
      id: 'ddr',
      name: 'disarmament and demobilisation',
      aliases: [
        'disarmament',
        'demobilisation',
        'demobilization',
        'DDR',
        'weapons',
        'fighters',
        'militia',
        'armed groups',
        'Haldari militia',
      ],
      options: [
        [
          'after_settlement',
          'disarmament after a political settlement',
          ['disarmament after a settlement', 'after a political settlement', 'keep their weapons'],
        ],
        [
          'phased',
          'phased disarmament',
          ['phased disarmament', 'gradual disarmament', 'step-by-step disarmament', 'phased demobilisation'],
        ],
        [
          'integration',
          'integration into the national army',
          [
            'integration into the army',
            'integrate fighters',
            'join the national army',
            'merge into the armed forces',
          ],
        ],
        [
          'before_talks',
          'disarmament first',
          ['disarm first', 'disarmament first', 'lay down arms', 'hand over weapons', 'surrender weapons'],
        ],
      ],
    },
    {
      id: 'amnesty',
      name: 'amnesty',
      aliases: ['amnesty', 'pardon', 'prosecutions', 'immunity'],
      options: [
        [
          'full',
          'general amnesty',
          ['general amnesty', 'full amnesty', 'blanket amnesty', 'amnesty for all'],
        ],
        [
          'partial',
          'limited amnesty',
          ['limited amnesty', 'partial amnesty', 'conditional amnesty', 'amnesty excluding war crimes'],
        ],
        ['none', 'no amnesty', ['no amnesty', 'prosecution of fighters', 'prosecute']],
      ],
    },
    {
      id: 'elections',
      name: 'regional elections (months after signing)',
      aliases: [
        'elections',
        'regional elections',
        'election',
        'vote',
        'polls',
        'election timetable',
        'ballot',
      ],
      range: { min: 3, max: 36, step: 3, unit: 'months' },
    },
    {
      id: 'withdrawal',
      name: 'withdrawal of government forces',
      aliases: [
        'withdrawal',
        'withdrawal of forces',
        'troop withdrawal',
        'government troops',
        'army units',
        'garrisons',
        'military presence',
        'troops',
      ],
      options: [
        [
          'full',
          'full withdrawal',
          ['full withdrawal', 'complete withdrawal', 'withdraw all troops', 'pull out'],
        ],
        ['partial', 'partial withdrawal', ['partial withdrawal', 'drawdown', 'pullback', 'reduce troops']],
        ['none', 'forces remain', ['troops remain', 'keep troops', 'no withdrawal']],
      ],
    },
  ],
);

export const pipelineScenario = makeScenario(
  'pipeline-test',
  [
    {
      id: 'VRK',
      name: 'Varkesh',
      aliases: [
        'Varkeshi',
        'Varkeshi government',
        'Varkeshi officials',
        'Varkeshi negotiators',
        'Amaran',
        'Varkgaz',
        'President Sadyk',
        'Sadyk',
        'energy minister Beyli',
        'Beyli',
      ],
    },
    {
      id: 'BLM',
      name: 'Belmora',
      aliases: [
        'Belmoran',
        'Belmoran government',
        'Belmoran officials',
        'Belmoran negotiators',
        'Drenitsa',
        'BelTrans',
        'Prime Minister Halic',
        'Halic',
        'energy minister Reljin',
        'Reljin',
      ],
    },
    {
      id: 'ECM',
      name: 'Continental Energy Community',
      aliases: [
        'Energy Community',
        'Continental Energy Community',
        'CEC',
        'Energy Community secretariat',
        'secretariat',
        'Community',
        'director Sandmark',
        'Sandmark',
      ],
    },
  ],
  [
    {
      id: 'fee',
      name: 'transit fee',
      aliases: [
        'transit fee',
        'transit fees',
        'transit tariff',
        'tariff',
        'fee',
        'transit charges',
        'transit rate',
      ],
      range: { min: 10, max: 60, step: 1, unit: 'USD per 1,000 cubic metres' },
    },
    {
      id: 'volumes',
      name: 'transit volumes',
      aliases: [
        'volumes',
        'transit volumes',
        'throughput',
        'capacity',
        'billion cubic metres',
        'bcm',
        'gas flows',
      ],
      options: [
        [
          'ship_or_pay',
          'guaranteed minimum volumes',
          [
            'ship-or-pay',
            'guaranteed volumes',
            'minimum volumes',
            'guaranteed throughput',
            'booked capacity',
          ],
        ],
        [
          'flexible',
          'flexible volumes',
          ['flexible volumes', 'no minimum', 'volumes on demand', 'short-term bookings'],
        ],
      ],
    },
    {
      id: 'debt',
      name: 'gas debt',
      aliases: ['debt', 'gas debt', 'arrears', 'unpaid bills', 'outstanding debt', 'payments'],
      options: [
        [
          'full_repayment',
          'full repayment',
          ['full repayment', 'repay in full', 'pay the arrears', 'settle the debt'],
        ],
        [
          'instalments',
          'repayment in instalments',
          ['instalments', 'installments', 'rescheduling', 'payment schedule', 'restructuring'],
        ],
        ['offset', 'offset against transit fees', ['offset', 'offset against transit fees', 'netting']],
        ['write_off', 'debt write-off', ['write-off', 'write off', 'debt forgiveness', 'cancel the debt']],
      ],
    },
    {
      id: 'arbitration',
      name: 'dispute settlement',
      aliases: ['arbitration', 'dispute settlement', 'disputes', 'tribunal', 'arbitration clause'],
      options: [
        [
          'international',
          'international arbitration',
          [
            'international arbitration',
            'binding arbitration',
            'arbitration tribunal',
            'Stockholm arbitration',
          ],
        ],
        [
          'community',
          'Energy Community dispute mechanism',
          [
            'Energy Community dispute mechanism',
            'Community dispute settlement',
            'dispute resolution mechanism',
          ],
        ],
        [
          'bilateral',
          'bilateral talks only',
          ['bilateral talks', 'bilateral commission', 'bilateral negotiations'],
        ],
      ],
    },
    {
      id: 'maintenance',
      name: 'maintenance access',
      aliases: [
        'maintenance',
        'maintenance access',
        'inspections',
        'repairs',
        'compressor stations',
        'inspectors',
      ],
      options: [
        ['joint', 'joint maintenance', ['joint inspections', 'joint maintenance', 'joint technical teams']],
        [
          'independent',
          'independent inspectors',
          [
            'independent inspectors',
            'third-party inspectors',
            'international inspectors',
            'Community inspectors',
          ],
        ],
        [
          'national_only',
          'transit operator only',
          ['national control', 'operator only', 'Belmoran crews only'],
        ],
      ],
    },
  ],
);
