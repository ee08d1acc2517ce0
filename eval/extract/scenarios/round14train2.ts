// Three invented negotiations for the round-14 training block (eval/extract/train16.yaml):
// reunification talks on the divided island of Korsa between the leaders of its Vestran and
// Osmeni communities, with two guarantor powers (Halvenia and Tavrosia) and a UN envoy
// (federation or two states, return of property, a timetable in years for the withdrawal of
// troops, a rotating presidency, guarantor rights); a dispute between the Screen Artists Union and
// the Alliance of Film and Streaming Producers over artificial intelligence (consent for digital
// replicas, AI residuals as a percentage, minimum pay, synthetic performers, a strike); and an
// Arctic shipping and fisheries treaty among four coastal states (Skarnland, Valdmark, Korvania,
// Isterra) with the Meridian Union as an observer bloc (fishing moratorium, route fees per tonne,
// an oil-spill fund, icebreaker escorts, observer rights). The aliases were written as an analyst
// setting up each scenario would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const korsaScenario = makeScenario(
  'korsa-test',
  [
    {
      id: 'VES',
      name: 'Vestran Korsans',
      aliases: [
        'Vestran',
        'Vestrans',
        'Vestran Korsans',
        'Vestran community',
        'Vestran side',
        'Vestran leader',
        'Vestran negotiators',
        'Vestran officials',
        'Port Velia',
        'Mikael Dorran',
        'Dorran',
        'Elena Saravi',
        'Saravi',
      ],
    },
    {
      id: 'OSM',
      name: 'Osmeni Korsans',
      aliases: [
        'Osmeni',
        'Osmeni Korsans',
        'Osmeni community',
        'Osmeni side',
        'Osmeni leader',
        'Osmeni negotiators',
        'Osmeni officials',
        'Kaledra',
        'Selim Kavaz',
        'Kavaz',
        'Nur Aydan',
        'Aydan',
      ],
    },
    {
      id: 'HAL',
      name: 'Halvenia (guarantor)',
      aliases: [
        'Halvenia',
        'Halvenian',
        'Halvenian government',
        'Halvenian officials',
        'Astris',
        'Prime Minister Marko',
        'Ilias Marko',
        'Marko',
        'Foreign Minister Petrakis',
        'Sofia Petrakis',
        'Petrakis',
      ],
    },
    {
      id: 'TAV',
      name: 'Tavrosia (guarantor)',
      aliases: [
        'Tavrosia',
        'Tavrosian',
        'Tavrosian government',
        'Tavrosian officials',
        'Sarkent',
        'President Vedat',
        'Orhan Vedat',
        'Vedat',
        'Foreign Minister Ekinci',
        'Murat Ekinci',
        'Ekinci',
      ],
    },
    {
      id: 'UN',
      name: 'UN envoy',
      aliases: [
        'UN',
        'United Nations',
        'UN envoy',
        'UN special envoy',
        'UN mediator',
        'Secretary-General',
        'Ingrid Solberg',
        'Solberg',
      ],
    },
  ],
  [
    {
      id: 'structure',
      name: 'form of settlement',
      aliases: ['federation', 'two states', 'settlement model', 'solution', 'form of the state', 'sovereignty', 'reunification'],
      options: [
        ['federation', 'bizonal federation', ['bizonal federation', 'bicommunal federation', 'federal solution', 'federation', 'federal state', 'reunified state']],
        ['loose_federation', 'loose federation', ['loose federation', 'confederation', 'confederal', 'cooperative arrangement']],
        ['two_states', 'two sovereign states', ['two states', 'two-state solution', 'sovereign equality', 'separate states', 'partition', 'recognition of the north']],
      ],
    },
    {
      id: 'property',
      name: 'property',
      aliases: ['property', 'properties', 'property claims', 'displaced owners', 'homes', 'land claims', 'property rights'],
      options: [
        ['full_return', 'return to original owners', ['return of property', 'right of return', 'restitution', 'return to their owners', 'return of homes', 'reinstatement']],
        ['mixed', 'mix of return, exchange and compensation', ['mix of restitution and compensation', 'exchange', 'property exchange', 'mixed scheme', 'property commission']],
        ['compensation', 'compensation only', ['compensation', 'compensation only', 'financial compensation', 'pay owners']],
      ],
    },
    {
      id: 'troops',
      name: 'withdrawal of troops (years)',
      aliases: ['troops', 'troop withdrawal', 'withdrawal of troops', 'withdrawal', 'garrison', 'soldiers', 'military presence', 'timetable for withdrawal', 'pull-out'],
      range: { min: 0, max: 20, step: 1, unit: 'years' },
    },
    {
      id: 'presidency',
      name: 'rotating presidency',
      aliases: ['presidency', 'rotating presidency', 'rotation', 'head of state', 'executive', 'power-sharing'],
      options: [
        ['none', 'single elected president', ['single president', 'elected president', 'majority vote', 'no rotation', 'direct election']],
        ['weighted', 'weighted rotation', ['weighted rotation', 'rotation weighted by population', 'two-to-one rotation', 'unequal rotation']],
        ['rotating', 'equal rotation', ['rotating presidency', 'equal rotation', 'rotation', 'alternate', 'take turns', 'political equality']],
      ],
    },
    {
      id: 'guarantees',
      name: 'guarantor rights',
      aliases: ['guarantees', 'guarantor rights', 'guarantee system', 'treaty of guarantee', 'right of intervention', 'intervention rights', 'guarantor powers', 'security arrangements'],
      options: [
        ['abolished', 'guarantees abolished', ['abolition of guarantees', 'abolish', 'scrap the guarantees', 'end of the guarantee system', 'zero guarantees', 'zero troops, zero guarantees']],
        ['amended', 'amended guarantees', ['amended guarantees', 'new security mechanism', 'implementation guarantee', 'international monitoring', 'UN-led mechanism']],
        ['retained', 'guarantees retained', ['keep the guarantees', 'maintain the guarantees', 'retain the right of intervention', 'existing guarantees', 'continuation of the guarantees']],
      ],
    },
  ],
);

export const replicaScenario = makeScenario(
  'replica-test',
  [
    {
      id: 'SAU',
      name: 'Screen Artists Union',
      aliases: [
        'Screen Artists Union',
        'SAU',
        'the union',
        'union',
        'actors',
        'performers',
        'union leaders',
        'union negotiators',
        'union members',
        'Dana Whitlock',
        'Whitlock',
        'Marcus Oyelaran',
        'Oyelaran',
        'national board',
      ],
    },
    {
      id: 'AFSP',
      name: 'Alliance of Film and Streaming Producers',
      aliases: [
        'Alliance of Film and Streaming Producers',
        'AFSP',
        'the Alliance',
        'studios',
        'the studios',
        'producers',
        'studio executives',
        'studio negotiators',
        'Meridian Pictures',
        'Northlight Studios',
        'Halcyon Streaming',
        'Carla Brenning',
        'Brenning',
        'Tom Ashgrove',
        'Ashgrove',
      ],
    },
    {
      id: 'MED',
      name: 'Federal mediator',
      aliases: ['federal mediator', 'mediator', 'mediators', 'Federal Mediation Service', 'Ruth Calloway', 'Calloway'],
    },
  ],
  [
    {
      id: 'consent',
      name: 'consent for digital replicas',
      aliases: ['consent', 'digital replicas', 'digital replica', 'replicas', 'digital likeness', 'likeness', 'digital doubles', 'AI copies', 'scans'],
      options: [
        ['each_use', 'informed consent for each use', ['consent for each use', 'informed consent', 'separate consent', 'per-project consent', 'specific consent', 'explicit consent']],
        ['one_time', 'one-time consent at hiring', ['one-time consent', 'blanket consent', 'consent at hiring', 'consent in the contract', 'single consent']],
        ['no_consent', 'no consent needed', ['no consent', 'without consent', 'own the scans', 'perpetual rights', 'in perpetuity']],
      ],
    },
    {
      id: 'residuals',
      name: 'AI residuals (percent of revenue)',
      aliases: ['residuals', 'residual payments', 'AI residuals', 'royalties', 'revenue share', 'share of revenue', 'streaming residuals'],
      range: { min: 0, max: 10, step: 0.5, unit: 'percent' },
    },
    {
      id: 'min_pay',
      name: 'minimum pay increase (percent)',
      aliases: ['minimum pay', 'minimum rates', 'minimum wage', 'pay', 'pay rise', 'wage increase', 'day rates', 'scale', 'base pay', 'wages'],
      range: { min: 0, max: 20, step: 1, unit: 'percent' },
    },
    {
      id: 'synthetic',
      name: 'synthetic performers',
      aliases: ['synthetic performers', 'synthetic actors', 'AI-generated performers', 'digital humans', 'AI actors'],
      options: [
        ['ban', 'ban on synthetic performers', ['ban', 'prohibit', 'ban on synthetic performers', 'no synthetic performers']],
        ['notice_bargain', 'notice and bargaining', ['notice', 'notify the union', 'bargain', 'opportunity to bargain', 'disclosure']],
        ['allowed', 'freely allowed', ['free use', 'unrestricted', 'without restriction', 'freely']],
      ],
    },
    {
      id: 'strike',
      name: 'strike',
      aliases: ['strike', 'walkout', 'industrial action', 'picket lines', 'stoppage', 'contract extension'],
      options: [
        ['strike', 'strike', ['strike', 'walkout', 'walk out', 'go on strike', 'strike authorisation', 'strike authorization', 'picket']],
        ['no_strike', 'keep working under an extension', ['contract extension', 'extension', 'no strike', 'keep working', 'return to work', 'call off the strike', 'end the strike']],
      ],
    },
  ],
);

export const polarScenario = makeScenario(
  'polar-test',
  [
    {
      id: 'SKR',
      name: 'Skarnland',
      aliases: ['Skarnland', 'Skarnish', 'Skarnish government', 'Skarnish officials', 'Skarnish delegation', 'Haldby', 'Prime Minister Lind', 'Astrid Lind', 'Lind', 'Fisheries Minister Eklund', 'Eklund'],
    },
    {
      id: 'VAL',
      name: 'Valdmark',
      aliases: ['Valdmark', 'Valdmarkian', 'Valdmarkian government', 'Valdmarkian officials', 'Valdmarkian delegation', 'Torvik', 'President Haugen', 'Erik Haugen', 'Haugen', 'Foreign Minister Brekke', 'Brekke'],
    },
    {
      id: 'KOR',
      name: 'Korvania',
      aliases: ['Korvania', 'Korvanian', 'Korvanian government', 'Korvanian officials', 'Korvanian delegation', 'Novgrad', 'President Sorokov', 'Pavel Sorokov', 'Sorokov', 'Deputy Foreign Minister Ilyina', 'Ilyina'],
    },
    {
      id: 'IST',
      name: 'Isterra',
      aliases: ['Isterra', 'Isterran', 'Isterran government', 'Isterran officials', 'Isterran delegation', 'Port Anvik', 'Premier Nakoa', 'Aputi Nakoa', 'Nakoa', 'Isterran negotiators'],
    },
    {
      id: 'MU',
      name: 'Meridian Union (observer bloc)',
      aliases: ['Meridian Union', 'the Union', 'MU', 'observer bloc', 'observers', 'observer states', 'Meridian', 'Meridian Commission', 'Commissioner Varga', 'Lucia Varga', 'Varga'],
    },
  ],
  [
    {
      id: 'moratorium',
      name: 'fishing moratorium',
      aliases: ['moratorium', 'fishing moratorium', 'fishing ban', 'commercial fishing', 'fisheries', 'fishing', 'fish stocks', 'high seas fishing'],
      options: [
        ['indefinite', 'indefinite moratorium', ['indefinite moratorium', 'permanent ban', 'permanent moratorium', 'total ban']],
        ['timed', 'moratorium for a fixed term pending science', ['fixed-term moratorium', 'temporary moratorium', 'moratorium pending scientific', 'review clause', 'sunset clause', 'renewable moratorium']],
        ['quotas', 'regulated fishing under quotas', ['quotas', 'quota system', 'catch limits', 'exploratory fishing', 'regulated fishing', 'licences']],
      ],
    },
    {
      id: 'fees',
      name: 'route fees (dollars per tonne)',
      aliases: ['fees', 'route fees', 'transit fees', 'transit charges', 'tolls', 'shipping fees', 'levy', 'passage fees', 'per tonne'],
      range: { min: 0, max: 12, step: 0.5, unit: 'dollars per tonne' },
    },
    {
      id: 'spill_fund',
      name: 'oil-spill fund',
      aliases: ['oil-spill fund', 'spill fund', 'compensation fund', 'oil spill', 'spill response', 'liability fund', 'clean-up fund'],
      options: [
        ['mandatory', 'mandatory contributions', ['mandatory contributions', 'compulsory contributions', 'binding contributions', 'mandatory fund', 'polluter pays']],
        ['voluntary', 'voluntary contributions', ['voluntary contributions', 'voluntary fund', 'voluntary basis']],
        ['none', 'no common fund', ['no fund', 'national responsibility', 'existing conventions']],
      ],
    },
    {
      id: 'escorts',
      name: 'icebreaker escorts',
      aliases: ['icebreaker escorts', 'icebreakers', 'icebreaker', 'escorts', 'escort', 'pilotage', 'ice pilots'],
      options: [
        ['mandatory', 'compulsory escort by coastal states', ['compulsory escort', 'mandatory escort', 'mandatory icebreaker escort', 'compulsory pilotage', 'must be escorted', 'national icebreakers']],
        ['on_request', 'escort on request', ['escort on request', 'on request', 'optional escort', 'voluntary escort', 'freedom of navigation']],
      ],
    },
    {
      id: 'observer',
      name: 'observer rights',
      aliases: ['observer rights', 'observer status', 'role of observers', 'voting rights', 'seat at the table', 'observer'],
      options: [
        ['voting', 'full voting rights', ['voting rights', 'full membership', 'vote', 'full seat']],
        ['consultative', 'consultative role', ['consultative', 'consultative status', 'advisory role', 'speaking rights', 'consultation']],
        ['none', 'no role', ['no role', 'exclusion', 'excluded']],
      ],
    },
  ],
);
