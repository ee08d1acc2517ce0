// Small scenarios from other negotiations, written for the evaluation set: a trade negotiation, a
// labour dispute, and island reunification talks. Invented parties with generic names.
import { makeScenario } from './build.js';

export const tradeScenario = makeScenario(
  'trade-test',
  [
    {
      id: 'NOR',
      name: 'Norland',
      aliases: ['Norland', 'Norlandic', 'Norlandic negotiators', 'trade minister Vale', 'Vale', 'Nordport'],
    },
    {
      id: 'SOU',
      name: 'Southia',
      aliases: [
        'Southian',
        'Southian negotiators',
        'Southian delegation',
        'Minister Oros',
        'Oros',
        'Austrel',
      ],
    },
    {
      id: 'ARB',
      name: 'Trade Arbitration Council',
      aliases: ['arbitration council', 'the council', 'mediators', 'mediator'],
    },
  ],
  [
    {
      id: 'tariffs',
      name: 'car tariffs',
      aliases: ['tariffs', 'tariff', 'duties', 'import duties', 'car tariffs', 'levies'],
      options: [
        [
          'zero',
          'zero tariffs',
          ['zero tariffs', 'tariff-free', 'abolish tariffs', 'scrap tariffs', 'duty-free'],
        ],
        ['ten', 'ten per cent', ['10 per cent tariff', 'ten per cent', '10 per cent', '10%']],
        ['twentyfive', 'twenty-five per cent', ['25 per cent', 'twenty-five per cent', '25%']],
      ],
    },
    {
      id: 'agriculture',
      name: 'farm market access',
      aliases: ['agriculture', 'farm', 'farm goods', 'beef', 'dairy', 'farm market', 'agricultural'],
      options: [
        [
          'open',
          'full access',
          ['full access', 'open its farm market', 'open the farm market', 'open its market'],
        ],
        ['quota', 'quota', ['quota', 'quotas', 'tariff-rate quota']],
        ['closed', 'no access', ['no access', 'keep the farm market closed', 'protect farmers']],
      ],
    },
    {
      id: 'digital_tax',
      name: 'digital services tax',
      aliases: ['digital tax', 'digital services tax', 'tech levy'],
      options: [
        ['scrapped', 'scrapped', ['scrap the digital tax', 'scrapping the digital tax', 'abolition']],
        ['kept', 'kept', ['keep the digital tax', 'retain the digital tax']],
      ],
    },
    {
      id: 'procurement',
      name: 'public procurement',
      aliases: ['procurement', 'public contracts', 'government contracts', 'buy-local rules'],
      options: [
        [
          'open',
          'open procurement',
          ['open procurement', 'open its public contracts', 'open public contracts'],
        ],
        ['buy_local', 'buy-local rules', ['buy-local rules', 'buy local', 'local preference']],
      ],
    },
  ],
);

export const labourScenario = makeScenario(
  'labour-test',
  [
    {
      id: 'UNI',
      name: 'Transit Workers Union',
      aliases: [
        'the union',
        'union',
        'union leaders',
        'union negotiators',
        'workers',
        'drivers',
        'TWU',
        'union president Kerr',
        'Kerr',
      ],
    },
    {
      id: 'MGT',
      name: 'Metro Transit Authority',
      aliases: [
        'management',
        'the authority',
        'MTA',
        'the employer',
        'employer',
        'transit authority',
        'chief executive Dunn',
        'Dunn',
        'the company',
      ],
    },
    {
      id: 'MED',
      name: 'State mediation service',
      aliases: ['mediator', 'mediators', 'the mediation service', 'conciliation service'],
    },
  ],
  [
    {
      id: 'wages',
      name: 'pay rise',
      aliases: [
        'pay',
        'wages',
        'wage',
        'salary',
        'salaries',
        'pay rise',
        'raise',
        'pay increase',
        'pay offer',
      ],
      range: { min: 0, max: 15, step: 0.5, unit: 'per cent' },
    },
    {
      id: 'hours',
      name: 'working week',
      aliases: ['working week', 'hours', 'working hours', 'shift length', 'shifts'],
      options: [
        ['h35', '35-hour week', ['35-hour week', 'shorter week', 'shorter working week', 'four-day week']],
        ['h38', '38-hour week', ['38-hour week', '38 hours']],
        ['h40', '40-hour week', ['40-hour week', 'current hours', '40 hours']],
      ],
    },
    {
      id: 'pensions',
      name: 'pensions',
      aliases: ['pension', 'pensions', 'pension scheme', 'retirement'],
      options: [
        [
          'defined_benefit',
          'final-salary scheme kept',
          [
            'final-salary scheme',
            'defined-benefit scheme',
            'existing pension scheme',
            'current pension scheme',
          ],
        ],
        [
          'defined_contribution',
          'contribution scheme',
          [
            'defined-contribution scheme',
            'new pension scheme',
            'contribution scheme',
            'switch to a contribution scheme',
          ],
        ],
      ],
    },
    {
      id: 'strike',
      name: 'industrial action',
      aliases: ['strike', 'strikes', 'walkout', 'industrial action', 'stoppage'],
      options: [
        [
          'called_off',
          'action called off',
          [
            'call off the strike',
            'calling off the strike',
            'suspend the strike',
            'suspension of the strike',
            'end the walkout',
          ],
        ],
        [
          'continued',
          'action continued',
          ['continue the strike', 'further strikes', 'escalate', 'all-out strike'],
        ],
      ],
    },
    {
      id: 'outsourcing',
      name: 'outsourcing',
      aliases: ['outsourcing', 'contracting out', 'private operators'],
      options: [
        ['ban', 'no outsourcing', ['no outsourcing', 'ban on outsourcing', 'no-outsourcing guarantee']],
        [
          'allowed',
          'outsourcing allowed',
          ['outsource routes', 'contract out routes', 'outsourcing of routes'],
        ],
      ],
    },
  ],
);

export const islandScenario = makeScenario(
  'island-test',
  [
    {
      id: 'NC',
      name: 'Northern community',
      aliases: [
        'northern community',
        'northern side',
        'northern leader',
        'northern leadership',
        'northern negotiators',
        'the north',
        'Kemal Ardic',
        'Ardic',
      ],
    },
    {
      id: 'SC',
      name: 'Southern community',
      aliases: [
        'southern community',
        'southern side',
        'southern leader',
        'southern government',
        'southern negotiators',
        'the south',
        'Elena Petrou',
        'Petrou',
      ],
    },
    {
      id: 'PAT',
      name: 'Patron state',
      aliases: [
        'patron state',
        'the patron',
        'Ankara-style patron',
        'patron government',
        'Mainland',
        'mainland government',
      ],
    },
    {
      id: 'UN',
      name: 'United Nations',
      aliases: [
        'UN',
        'U.N.',
        'United Nations',
        'UN envoy',
        'the envoy',
        'Secretary-General',
        'good offices mission',
      ],
    },
  ],
  [
    {
      id: 'governance',
      name: 'governance',
      aliases: ['governance', 'power-sharing', 'presidency', 'federal government', 'constitution'],
      options: [
        ['unitary', 'unitary state', ['unitary state', 'single state']],
        [
          'federation',
          'bizonal federation',
          [
            'federation',
            'bizonal federation',
            'federal solution',
            'rotating presidency',
            'political equality',
          ],
        ],
        [
          'two_states',
          'two states',
          ['two states', 'two-state solution', 'sovereign equality', 'separate statehood'],
        ],
      ],
    },
    {
      id: 'security',
      name: 'security and guarantees',
      aliases: ['security', 'guarantees', 'guarantor powers', 'intervention rights', 'troops', 'garrison'],
      options: [
        [
          'no_troops',
          'all troops withdrawn',
          [
            'withdrawal of all troops',
            'withdraw all troops',
            'zero troops',
            'no troops',
            'end of the guarantee system',
            'abolish intervention rights',
          ],
        ],
        ['reduced', 'reduced garrison', ['reduced garrison', 'phased reduction', 'smaller garrison']],
        [
          'guarantees_kept',
          'guarantee system kept',
          ['keep the guarantees', 'guarantee system', 'permanent garrison', 'intervention rights'],
        ],
      ],
    },
    {
      id: 'property',
      name: 'property',
      aliases: ['property', 'property claims', 'displaced owners', 'land claims', 'compensation'],
      options: [
        ['restitution', 'restitution', ['restitution', 'return of property', 'right of return']],
        [
          'mixed',
          'mixed scheme',
          [
            'mixed scheme',
            'mixed property scheme',
            'exchange and compensation',
            'combination of restitution and compensation',
          ],
        ],
        [
          'compensation_only',
          'compensation only',
          ['compensation only', 'only compensation', 'global exchange'],
        ],
      ],
    },
    {
      id: 'territory',
      name: 'territorial adjustment',
      aliases: ['territory', 'territorial adjustment', 'map', 'boundary', 'the coastal town'],
      options: [
        [
          'return_town',
          'return of the coastal town',
          ['return of the coastal town', 'return the coastal town', 'hand back the coastal town'],
        ],
        ['status_quo', 'current boundary', ['current boundary', 'existing line', 'no territorial change']],
      ],
    },
  ],
);
