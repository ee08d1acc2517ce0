// Four invented negotiations for the round-11 training block (eval/extract/train10.yaml): a
// post-election power-sharing deal in Kessaria (President Mbanefo, the opposition coalition and an
// African Union panel), a data-privacy adequacy negotiation between the Atlantic Economic Union,
// the Pacific Trade Community and a data-protection board, a nurses' and doctors' strike in the
// Merevian national health service, and a fisheries and seal-hunt dispute between the Skarvøy
// islands, their parent state Nordmark and an environmental commission. The aliases were written
// as an analyst setting up each scenario would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const unityScenario = makeScenario(
  'unity-test',
  [
    {
      id: 'GOV',
      name: 'Kessarian presidency',
      aliases: [
        'President Mbanefo',
        'Mbanefo',
        'the president',
        'the presidency',
        'Kessarian government',
        'the government',
        'government negotiators',
        'ruling party',
        'Justice Minister Okoro',
        'Okoro',
        'Adanze',
        'State House',
      ],
    },
    {
      id: 'OPP',
      name: 'Opposition coalition',
      aliases: [
        'opposition coalition',
        'the opposition',
        'opposition',
        'Alliance for Change',
        'opposition leader Tamba',
        'Tamba',
        'Grace Tamba',
        'opposition negotiators',
        'opposition leaders',
        'coalition spokesman Ilunga',
        'Ilunga',
      ],
    },
    {
      id: 'AUP',
      name: 'African Union panel',
      aliases: [
        'African Union panel',
        'AU panel',
        'African Union',
        'AU',
        'the panel',
        'mediators',
        'AU mediators',
        'chief mediator Dlamini',
        'Dlamini',
        'former president Dlamini',
      ],
    },
  ],
  [
    {
      id: 'unity_govt',
      name: 'unity government',
      aliases: [
        'unity government',
        'power-sharing',
        'power sharing',
        'cabinet posts',
        'government of national unity',
        'prime minister post',
      ],
      options: [
        [
          'full_unity',
          'government of national unity',
          ['government of national unity', 'unity government', 'power-sharing government', 'share power'],
        ],
        [
          'pm_post',
          'opposition prime minister',
          ['prime minister post', 'post of prime minister', 'premiership'],
        ],
        ['no_sharing', 'no power-sharing', ['no power-sharing', 'winner takes all']],
      ],
    },
    {
      id: 'election_date',
      name: 'date of the new election',
      aliases: [
        'election date',
        'new election',
        'fresh election',
        'rerun',
        're-run',
        'fresh vote',
        'new vote',
        'polls',
        'election',
      ],
      range: { min: 3, max: 36, step: 1, unit: 'months' },
    },
    {
      id: 'security_chiefs',
      name: 'security chiefs',
      aliases: [
        'security chiefs',
        'army chief',
        'police chief',
        'security services',
        'heads of the security services',
        'security command',
      ],
      options: [
        [
          'replace',
          'replace the security chiefs',
          [
            'replace the security chiefs',
            'removal of the security chiefs',
            'dismissal',
            'sacking',
            'new security chiefs',
          ],
        ],
        ['keep', 'security chiefs stay', ['keep the security chiefs', 'remain in post', 'stay in post']],
        ['joint_oversight', 'joint oversight', ['joint oversight', 'joint security committee']],
      ],
    },
    {
      id: 'inquiry',
      name: 'inquiry into the election',
      aliases: ['inquiry', 'investigation', 'commission of inquiry', 'probe', 'election violence inquiry'],
      options: [
        [
          'international',
          'international inquiry',
          ['international inquiry', 'independent international inquiry', 'international investigation'],
        ],
        ['domestic', 'domestic inquiry', ['domestic inquiry', 'national commission', 'local inquiry']],
        ['none', 'no inquiry', ['no inquiry']],
      ],
    },
  ],
);

export const adequacyScenario = makeScenario(
  'adequacy-test',
  [
    {
      id: 'AEU',
      name: 'Atlantic Economic Union',
      aliases: [
        'Atlantic Economic Union',
        'AEU',
        'the Union',
        'Union negotiators',
        'Commissioner Vasquez',
        'Vasquez',
        'Lisbonne',
        'Atlantic bloc',
        'Atlantic negotiators',
      ],
    },
    {
      id: 'PTC',
      name: 'Pacific Trade Community',
      aliases: [
        'Pacific Trade Community',
        'PTC',
        'the Community',
        'Pacific bloc',
        'Pacific negotiators',
        'Trade Secretary Harlan',
        'Harlan',
        'Community negotiators',
        'Port Meridian',
      ],
    },
    {
      id: 'DPB',
      name: 'Data Protection Board',
      aliases: [
        'Data Protection Board',
        'the board',
        'data-protection board',
        'privacy regulators',
        'board chair Lindqvist',
        'Lindqvist',
        'DPB',
      ],
    },
  ],
  [
    {
      id: 'surveillance',
      name: 'limits on surveillance',
      aliases: [
        'surveillance',
        'intelligence access',
        'bulk collection',
        'surveillance limits',
        'government access to data',
        'mass surveillance',
      ],
      options: [
        [
          'strict_limits',
          'strict necessity limits',
          [
            'strict limits',
            'necessary and proportionate',
            'end to bulk collection',
            'ban on bulk collection',
            'targeted only',
          ],
        ],
        ['safeguards', 'procedural safeguards', ['safeguards', 'oversight', 'executive order']],
        ['no_change', 'no change', ['existing powers', 'no change to surveillance']],
      ],
    },
    {
      id: 'redress',
      name: 'redress court',
      aliases: [
        'redress',
        'redress court',
        'redress mechanism',
        'ombudsperson',
        'data court',
        'judicial redress',
      ],
      options: [
        [
          'independent_court',
          'independent redress court',
          ['independent court', 'independent redress court', 'binding rulings', 'judicial body'],
        ],
        ['ombudsperson', 'ombudsperson', ['ombudsperson', 'ombudsman', 'complaints office']],
        ['none', 'no redress body', ['no redress body']],
      ],
    },
    {
      id: 'localisation',
      name: 'data localisation',
      aliases: [
        'data localisation',
        'data localization',
        'local storage',
        'data centres',
        'store data locally',
        'localisation rules',
      ],
      options: [
        [
          'required',
          'localisation required',
          [
            'store data locally',
            'local storage requirement',
            'localisation requirement',
            'keep data onshore',
          ],
        ],
        [
          'free_flow',
          'free data flows',
          ['free flow', 'free flow of data', 'cross-border flows', 'no localisation'],
        ],
      ],
    },
    {
      id: 'review',
      name: 'review period',
      aliases: ['review period', 'review', 'review clause', 'periodic review', 'sunset clause'],
      range: { min: 1, max: 10, step: 1, unit: 'years' },
    },
  ],
);

export const nhsScenario = makeScenario(
  'nhs-strike-test',
  [
    {
      id: 'UNI',
      name: 'Health unions',
      aliases: [
        'nurses',
        "nurses' union",
        'doctors',
        'junior doctors',
        'unions',
        'health unions',
        'Royal Merevian College of Nursing',
        'RMCN',
        'Merevian Medical Association',
        'MMA',
        'union leader Okafor',
        'Okafor',
        'Dr Priya Nair',
        'Nair',
        'union negotiators',
      ],
    },
    {
      id: 'MIN',
      name: 'Health ministry',
      aliases: [
        'government',
        'health ministry',
        'Ministry of Health',
        'Health Secretary Whitcombe',
        'Whitcombe',
        'ministers',
        'the Treasury',
        'Merevian government',
        'government negotiators',
        'Prime Minister Ashdown',
        'Ashdown',
        'Downing Row',
      ],
    },
    {
      id: 'NHS',
      name: 'Health service employers',
      aliases: [
        'NHS Employers',
        'health service employers',
        'hospital trusts',
        'health service',
        'national health service',
        'NHS',
        'chief executive Brannock',
        'Brannock',
        'employers',
      ],
    },
  ],
  [
    {
      id: 'pay',
      name: 'pay rise',
      aliases: ['pay', 'pay rise', 'pay award', 'salary', 'wages', 'pay offer', 'increase'],
      range: { min: 0, max: 35, step: 0.5, unit: 'percent' },
    },
    {
      id: 'staffing',
      name: 'staffing ratios',
      aliases: [
        'staffing',
        'staffing ratios',
        'safe staffing',
        'nurse-to-patient ratios',
        'ratios',
        'staffing levels',
      ],
      options: [
        [
          'legal_ratios',
          'legally binding ratios',
          [
            'legally binding ratios',
            'mandatory ratios',
            'statutory ratios',
            'ratios in law',
            'safe staffing law',
          ],
        ],
        ['guidance', 'guidance only', ['guidance', 'non-binding guidance', 'local discretion']],
      ],
    },
    {
      id: 'pensions',
      name: 'pensions',
      aliases: ['pensions', 'pension', 'pension scheme', 'pension contributions', 'pension tax'],
      options: [
        [
          'restore',
          'restore pension terms',
          ['restore', 'reverse the cuts', 'scrap the pension cap', 'restoration'],
        ],
        ['keep_reform', 'keep the reform', ['keep the reform', 'pension reform', 'current scheme']],
      ],
    },
    {
      id: 'strike',
      name: 'strike action',
      aliases: ['strike', 'strikes', 'walkout', 'walkouts', 'industrial action', 'stoppage'],
      options: [
        [
          'continue',
          'strike continues',
          ['continue the strike', 'escalate', 'further walkouts', 'more strikes', 'go ahead'],
        ],
        ['suspend', 'strike suspended', ['suspend the strike', 'call off', 'pause', 'suspension', 'halt']],
      ],
    },
  ],
);

export const sealScenario = makeScenario(
  'seal-test',
  [
    {
      id: 'SKV',
      name: 'Skarvøy',
      aliases: [
        'Skarvøy',
        'Skarvoy',
        'the islands',
        'islanders',
        'island government',
        'Skarvøy government',
        'Premier Joensen',
        'Joensen',
        'Havnvik',
        'island negotiators',
        'Fisheries Minister Dahl',
        'Dahl',
      ],
    },
    {
      id: 'NRD',
      name: 'Nordmark',
      aliases: [
        'Nordmark',
        'Nordmarkian',
        'Nordmarkian government',
        'Storhavn',
        'Prime Minister Lindberg',
        'Lindberg',
        'Nordmarkian negotiators',
        'the parent state',
        'Foreign Minister Aasen',
        'Aasen',
      ],
    },
    {
      id: 'ENC',
      name: 'Environmental commission',
      aliases: [
        'environmental commission',
        'the commission',
        'Northern Seas Environmental Commission',
        'NSEC',
        'commissioners',
        'commission chair Moreau',
        'Moreau',
        'commission scientists',
      ],
    },
  ],
  [
    {
      id: 'quota',
      name: 'fishing quota',
      aliases: ['quota', 'catch quota', 'fishing quota', 'total allowable catch', 'catch limit', 'catch'],
      range: { min: 10_000, max: 200_000, step: 5_000, unit: 'tonnes' },
    },
    {
      id: 'hunt_ban',
      name: 'seal-hunt ban',
      aliases: ['seal hunt', 'seal-hunt', 'hunt', 'sealing', 'hunt ban', 'seal cull', 'cull'],
      options: [
        [
          'full_ban',
          'full ban on the hunt',
          ['ban', 'full ban', 'outright ban', 'end the hunt', 'prohibition'],
        ],
        [
          'limited_hunt',
          'limited subsistence hunt',
          ['subsistence hunt', 'limited hunt', 'traditional hunt', 'quota for seals'],
        ],
        ['unrestricted', 'hunt unrestricted', ['unrestricted', 'commercial hunt']],
      ],
    },
    {
      id: 'compensation',
      name: 'compensation',
      aliases: [
        'compensation',
        'compensation fund',
        'payments',
        'support package',
        'subsidies',
        'aid for fishermen',
      ],
      options: [
        ['full_comp', 'full compensation', ['full compensation', 'compensation fund', 'compensate']],
        ['none', 'no compensation', ['no compensation']],
      ],
    },
    {
      id: 'monitoring',
      name: 'monitoring',
      aliases: ['monitoring', 'observers', 'inspections', 'catch monitoring', 'surveillance of fishing'],
      options: [
        [
          'independent',
          'independent monitoring',
          [
            'independent monitoring',
            'independent observers',
            'commission observers',
            'international observers',
          ],
        ],
        [
          'national',
          'national monitoring',
          ['island inspectors', 'self-monitoring', 'national inspectors', 'local monitoring'],
        ],
      ],
    },
  ],
);
