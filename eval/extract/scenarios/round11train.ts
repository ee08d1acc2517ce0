// Four invented negotiations for the round-11 training block (eval/extract/train9.yaml): an
// investment treaty between Morvania and Keldara, a pandemic-vaccine sharing deal (rich states,
// a manufacturers' group and a health agency), a municipal waste-workers' strike in Port Ashby,
// and a maritime grain corridor in a war between Velorussa and Dravina with Tessaly mediating and
// a UN office. Aliases were written as an analyst setting up each scenario would, before any
// sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const investmentScenario = makeScenario(
  'investment-t9',
  [
    {
      id: 'MOR',
      name: 'Morvania',
      aliases: [
        'Morvanian',
        'Morvanian government',
        'Morvanian negotiators',
        'Morvanian delegation',
        'Castelbrun',
        'President Ilescu',
        'Ilescu',
        'Trade Minister Varga-Dobre',
        'Varga-Dobre',
        'chief negotiator Petrin',
        'Petrin',
      ],
    },
    {
      id: 'KEL',
      name: 'Keldara',
      aliases: [
        'Keldaran',
        'Keldaran government',
        'Keldaran negotiators',
        'Keldaran delegation',
        'Osmira',
        'Prime Minister Adeyo',
        'Adeyo',
        'Finance Minister Nkemdi',
        'Nkemdi',
        'chief negotiator Oduya',
        'Oduya',
      ],
    },
  ],
  [
    {
      id: 'forum',
      name: 'arbitration forum',
      aliases: [
        'arbitration',
        'arbitration forum',
        'dispute settlement',
        'investor-state disputes',
        'disputes',
      ],
      options: [
        [
          'international',
          'international arbitration',
          [
            'international arbitration',
            'ICSID',
            'international tribunal',
            'investor-state arbitration',
            'offshore arbitration',
          ],
        ],
        [
          'local_courts',
          'local courts',
          ['local courts', 'domestic courts', 'national courts', "Keldara's courts", 'Keldaran courts'],
        ],
      ],
    },
    {
      id: 'expropriation',
      name: 'expropriation rules',
      aliases: [
        'expropriation',
        'nationalisation',
        'seizure of assets',
        'expropriation rules',
        'compensation',
      ],
      options: [
        [
          'full_compensation',
          'prompt, full compensation at market value',
          [
            'full compensation',
            'market value',
            'prompt compensation',
            'prompt, adequate and effective compensation',
          ],
        ],
        [
          'public_interest',
          'broad public-interest carve-out',
          ['public-interest carve-out', 'public interest exception', 'right to regulate', 'public purpose'],
        ],
      ],
    },
    {
      id: 'tax_holiday',
      name: 'tax holiday',
      aliases: [
        'tax holiday',
        'tax holidays',
        'tax exemption',
        'tax break',
        'tax breaks',
        'corporate tax exemption',
      ],
      range: { min: 0, max: 15, step: 1, unit: 'year' },
    },
    {
      id: 'local_content',
      name: 'local content',
      aliases: [
        'local content',
        'local-content rules',
        'local hiring',
        'local suppliers',
        'local sourcing',
        'local content requirements',
      ],
      options: [
        [
          'required',
          'binding local-content quotas',
          ['local-content quotas', 'mandatory local content', 'binding local content', 'local hiring quotas'],
        ],
        [
          'voluntary',
          'voluntary targets',
          ['voluntary targets', 'best-efforts local content', 'voluntary local content'],
        ],
      ],
    },
  ],
);

export const vaccineScenario = makeScenario(
  'vaccine-t9',
  [
    {
      id: 'RICH',
      name: 'High-income states',
      aliases: [
        'rich states',
        'rich countries',
        'wealthy nations',
        'high-income countries',
        'high-income states',
        'donor countries',
        'donor governments',
        'the Northern bloc',
        'bloc negotiators',
        'envoy Marguerite Holm',
        'Holm',
      ],
    },
    {
      id: 'MFG',
      name: "Vaccine manufacturers' group",
      aliases: [
        'manufacturers',
        'vaccine makers',
        'drugmakers',
        "manufacturers' group",
        'Vaccine Industry Alliance',
        'VIA',
        'the industry',
        'pharmaceutical companies',
        'industry negotiators',
        'director general Lorenz Kade',
        'Kade',
      ],
    },
    {
      id: 'GHA',
      name: 'Global Health Agency',
      aliases: [
        'Global Health Agency',
        'GHA',
        'the agency',
        'health agency',
        'agency officials',
        'Director-General Amara Sethi',
        'Sethi',
      ],
    },
  ],
  [
    {
      id: 'dose_share',
      name: 'share of doses set aside',
      aliases: [
        'share of doses',
        'doses',
        'dose-sharing',
        'set-aside',
        'allocation',
        'share of production',
        'real-time production',
      ],
      range: { min: 0, max: 50, step: 5, unit: 'percent' },
    },
    {
      id: 'patents',
      name: 'patent waiver',
      aliases: ['patents', 'patent waiver', 'intellectual property', 'IP', 'technology transfer', 'licences'],
      options: [
        [
          'waiver',
          'waiver of patents',
          [
            'patent waiver',
            'waive patents',
            'waiver of intellectual property',
            'suspend patents',
            'lift patent protections',
          ],
        ],
        [
          'voluntary_licensing',
          'voluntary licensing',
          ['voluntary licensing', 'voluntary licences', 'licensing deals'],
        ],
      ],
    },
    {
      id: 'pricing',
      name: 'price tiers',
      aliases: ['price', 'prices', 'pricing', 'price tiers', 'tiered pricing', 'cost of doses'],
      options: [
        [
          'at_cost',
          'at-cost pricing for poor countries',
          ['at cost', 'at-cost', 'not-for-profit prices', 'no-profit pricing'],
        ],
        ['tiered', 'tiered pricing', ['tiered pricing', 'price tiers', 'tiers', 'income-based prices']],
        ['market', 'market pricing', ['market prices', 'commercial prices', 'market pricing']],
      ],
    },
    {
      id: 'liability',
      name: 'liability',
      aliases: [
        'liability',
        'indemnity',
        'indemnification',
        'legal liability',
        'compensation fund',
        'lawsuits',
      ],
      options: [
        [
          'state_indemnity',
          'states indemnify manufacturers',
          [
            'indemnity',
            'indemnify',
            'liability shield',
            'immunity from lawsuits',
            'no-fault compensation fund',
          ],
        ],
        [
          'manufacturer_liable',
          'manufacturers remain liable',
          ['manufacturers remain liable', 'full liability', 'liable for side effects'],
        ],
      ],
    },
  ],
);

export const wasteScenario = makeScenario(
  'waste-t9',
  [
    {
      id: 'UNION',
      name: 'Sanitation workers union',
      aliases: [
        'union',
        'the union',
        'Municipal Sanitation Workers Union',
        'MSWU',
        'waste workers',
        'refuse collectors',
        'bin workers',
        'sanitation workers',
        'strikers',
        'union leader Dana Kowal',
        'Kowal',
        'union negotiators',
      ],
    },
    {
      id: 'CITY',
      name: 'Port Ashby city council',
      aliases: [
        'city',
        'the city',
        'city council',
        'council',
        'Port Ashby',
        'city hall',
        'the municipality',
        'Mayor Gregor Linde',
        'Linde',
        'the mayor',
        'council negotiators',
        'city officials',
      ],
    },
  ],
  [
    {
      id: 'pay',
      name: 'pay rise',
      aliases: ['pay', 'pay rise', 'wages', 'wage increase', 'raise', 'salary', 'pay offer'],
      range: { min: 0, max: 15, step: 0.5, unit: 'percent' },
    },
    {
      id: 'overtime',
      name: 'overtime',
      aliases: ['overtime', 'overtime pay', 'overtime rates', 'extra shifts', 'weekend shifts'],
      options: [
        ['double', 'double time for overtime', ['double time', 'double pay', 'twice the hourly rate']],
        ['time_and_half', 'time and a half', ['time and a half', 'time-and-a-half']],
        [
          'capped',
          'overtime capped',
          ['cap on overtime', 'overtime cap', 'limit on overtime', 'capped overtime'],
        ],
      ],
    },
    {
      id: 'privatisation',
      name: 'privatisation of collection',
      aliases: ['privatisation', 'privatization', 'outsourcing', 'contracting out', 'private contractors'],
      options: [
        [
          'privatise',
          'outsource collection',
          [
            'privatise',
            'privatize',
            'outsource',
            'contract out',
            'hand collection to private firms',
            'privatisation plan',
          ],
        ],
        [
          'public',
          'keep collection public',
          ['in-house', 'keep collection public', 'public service', 'no privatisation'],
        ],
      ],
    },
    {
      id: 'strike',
      name: 'strike action',
      aliases: ['strike', 'walkout', 'industrial action', 'stoppage', 'picket lines'],
      options: [
        [
          'continue',
          'strike continues',
          ['continue the strike', 'extend the strike', 'escalate', 'all-out strike', 'stay out'],
        ],
        [
          'suspend',
          'strike suspended',
          ['suspend the strike', 'call off the strike', 'end the strike', 'return to work', 'back to work'],
        ],
      ],
    },
  ],
);

export const grainScenario = makeScenario(
  'grain-t9',
  [
    {
      id: 'VEL',
      name: 'Velorussa',
      aliases: [
        'Velorussian',
        'Velorussian government',
        'Velorussian negotiators',
        'Velorussian navy',
        'Starograd',
        'President Oblonsky',
        'Oblonsky',
        'Foreign Minister Rudakov',
        'Rudakov',
      ],
    },
    {
      id: 'DRA',
      name: 'Dravina',
      aliases: [
        'Dravinian',
        'Dravinian government',
        'Dravinian negotiators',
        'Dravinian officials',
        'Lessa',
        'President Marek Hollan',
        'Hollan',
        'Infrastructure Minister Sova',
        'Sova',
      ],
    },
    {
      id: 'TES',
      name: 'Tessaly',
      aliases: [
        'Tessalian',
        'Tessalian government',
        'Tessalian mediators',
        'mediator',
        'mediators',
        'Aurelia',
        'President Demir Kaya',
        'Kaya',
        'Foreign Minister Selin Aras',
        'Aras',
      ],
    },
    {
      id: 'UNO',
      name: 'UN corridor office',
      aliases: [
        'UN',
        'United Nations',
        'UN office',
        'UN corridor office',
        'UN coordinator',
        'coordinator Ines Baptiste',
        'Baptiste',
        'UN officials',
      ],
    },
  ],
  [
    {
      id: 'inspections',
      name: 'ship inspections',
      aliases: [
        'inspections',
        'inspection',
        'inspectors',
        'searches of ships',
        'checks',
        'vessel inspections',
      ],
      options: [
        [
          'joint',
          'joint inspections in a neutral port',
          ['joint inspections', 'joint inspection centre', 'joint teams', 'inspections in Aurelia'],
        ],
        [
          'velorussian',
          'inspections by Velorussia',
          ['Velorussian inspectors', 'its own inspectors', 'unilateral inspections', 'inspections at sea'],
        ],
        ['none', 'no inspections', ['no inspections', 'without inspections']],
      ],
    },
    {
      id: 'escort',
      name: 'naval escort',
      aliases: ['escort', 'escorts', 'naval escort', 'convoys', 'warships', 'naval protection'],
      options: [
        [
          'naval_escort',
          'armed naval escort',
          ['naval escort', 'warship escort', 'armed escort', 'escorted convoys'],
        ],
        ['unescorted', 'no escort', ['unescorted', 'no escort', 'without escort', 'no warships']],
      ],
    },
    {
      id: 'insurance',
      name: 'insurance',
      aliases: ['insurance', 'war-risk insurance', 'insurance cover', 'insurers', 'underwriting', 'premiums'],
      options: [
        [
          'guarantee_fund',
          'state-backed insurance facility',
          ['insurance facility', 'guarantee fund', 'state-backed insurance', 'reinsurance facility'],
        ],
        [
          'commercial',
          'commercial cover only',
          ['commercial insurance', 'commercial cover', 'private insurers'],
        ],
      ],
    },
    {
      id: 'duration',
      name: 'length of the deal',
      aliases: ['duration', 'length of the deal', 'term', 'extension', 'renewal', 'rollover', 'months'],
      range: { min: 1, max: 24, step: 1, unit: 'month' },
    },
  ],
);
