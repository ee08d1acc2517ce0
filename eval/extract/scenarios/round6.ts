// Two more invented negotiations, added with the third held-out block (round 6): a dispute over the
// filling of a dam between an upstream and a downstream state, and maritime boundary talks over a
// gas field. The aliases were written as an analyst setting up each scenario would (names, demonyms,
// capitals, leaders, negotiators), before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const riverScenario = makeScenario(
  'river-test',
  [
    {
      id: 'KES',
      name: 'Kessia',
      aliases: ['Kessian', 'Tarvo', 'Prime Minister Adeyo', 'Adeyo', 'Kessian negotiators'],
    },
    {
      id: 'LUM',
      name: 'Lumara',
      aliases: ['Lumaran', 'Ostrel', 'President Nadir', 'Nadir', 'water minister Sefa', 'Sefa'],
    },
    { id: 'WB', name: 'World Bank', aliases: ['World Bank', 'Bank observers'] },
  ],
  [
    {
      id: 'filling',
      name: 'reservoir filling',
      aliases: ['filling', 'reservoir', 'filling schedule', 'dam'],
      options: [
        [
          'fast',
          'fast filling',
          ['three-year filling', 'fill the reservoir in three years', 'rapid filling'],
        ],
        [
          'slow',
          'slow filling',
          ['seven-year filling', 'fill the reservoir over seven years', 'gradual filling'],
        ],
      ],
    },
    {
      id: 'releases',
      name: 'drought releases',
      aliases: ['drought releases', 'water releases', 'releases', 'minimum flow'],
      options: [
        ['guaranteed', 'guaranteed releases', ['guaranteed releases', 'guaranteed minimum flow']],
        ['discretionary', 'discretionary releases', ['discretionary releases', 'releases at its discretion']],
      ],
    },
    {
      id: 'disputes',
      name: 'dispute settlement',
      aliases: ['dispute settlement', 'disputes', 'arbitration'],
      options: [
        ['binding', 'binding arbitration', ['binding arbitration', 'binding dispute settlement']],
        ['consultation', 'consultation only', ['consultations', 'consultation mechanism']],
      ],
    },
    {
      id: 'data',
      name: 'data sharing',
      aliases: ['data sharing', 'hydrological data', 'data'],
      options: [['shared', 'real-time data sharing', ['share data', 'real-time data', 'data sharing']]],
    },
  ],
);

export const maritimeScenario = makeScenario(
  'maritime-test',
  [
    {
      id: 'ARV',
      name: 'Arvenia',
      aliases: ['Arvenian', 'Lisk', 'Foreign Minister Tamsin', 'Tamsin'],
    },
    {
      id: 'DOS',
      name: 'Dostria',
      aliases: ['Dostrian', 'Harn', 'President Valk', 'Valk', 'Dostrian coast guard'],
    },
    { id: 'UN', name: 'United Nations', aliases: ['UN', 'UN envoy', 'envoy Marel', 'Marel'] },
  ],
  [
    {
      id: 'boundary',
      name: 'maritime boundary',
      aliases: ['boundary', 'maritime boundary', 'sea border', 'border'],
      options: [
        ['median', 'median line', ['median line', 'equidistance line', 'equidistance']],
        ['equitable', 'equitable line', ['equitable line', 'equitable solution']],
      ],
    },
    {
      id: 'gas',
      name: 'gas field',
      aliases: ['gas field', 'gas', 'Sorra field', 'drilling', 'exploration'],
      options: [
        ['joint', 'joint development', ['joint development', 'jointly develop', 'revenue sharing']],
        [
          'moratorium',
          'drilling moratorium',
          ['moratorium on drilling', 'drilling moratorium', 'halt drilling'],
        ],
      ],
    },
    {
      id: 'fishing',
      name: 'fishing rights',
      aliases: ['fishing', 'fishing rights', 'fishermen', 'fisheries'],
      options: [
        ['joint_zone', 'joint fishing zone', ['joint fishing zone', 'shared fishing zone']],
        ['exclusive', 'exclusive rights', ['exclusive fishing rights', 'exclusive rights']],
      ],
    },
    {
      id: 'patrols',
      name: 'naval patrols',
      aliases: ['naval patrols', 'patrols', 'warships', 'navy'],
      options: [
        [
          'withdrawn',
          'patrols withdrawn',
          ['withdraw warships', 'withdrawal of warships', 'pull back its navy'],
        ],
        ['continue', 'patrols continue', ['continue patrols', 'continued patrols']],
      ],
    },
  ],
);
