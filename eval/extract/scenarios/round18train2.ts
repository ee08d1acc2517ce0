// Three invented negotiations for a round-18 training block (eval/extract/train23.yaml): the return
// of the Dunavets nuclear power plant, seized by Talvaria in a war, to its owner Belmora, with the
// Global Atomic Energy Agency (the plant's operator, a demilitarised zone radius in km, power-line
// repairs, inspector presence); a refugee-return and reconstruction deal between post-war Sorvenia,
// neighbouring host state Estavia and the UN refugee agency (returns a year, property restitution,
// a conscription amnesty for returnees, reconstruction funding in billion euros); and a drug pricing
// negotiation in Norvania between the National Health Insurance Fund, the drugmakers' association
// and the health ministry (the price cut in percent, a volume cap, access for rare diseases, a
// parallel import ban). The aliases were written as an analyst setting up each scenario would,
// before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const plantT23Scenario = makeScenario(
  'plant-t23-test',
  [
    {
      id: 'BEL',
      name: 'Belmora',
      aliases: [
        'Belmora',
        'Republic of Belmora',
        'Belmoran',
        'Belmoran government',
        'Belmoran officials',
        'Belmoran negotiators',
        'Belmoran delegation',
        'Ostrel',
        'President Ilan Marsh',
        'Ilan Marsh',
        'Marsh',
        'Energy Minister Dana Korvec',
        'Dana Korvec',
        'Korvec',
        'Belatom',
      ],
    },
    {
      id: 'TAL',
      name: 'Talvaria',
      aliases: [
        'Talvaria',
        'Talvarian',
        'Talvarian government',
        'Talvarian officials',
        'Talvarian negotiators',
        'Talvarian delegation',
        'Korsk',
        'President Oleg Varsin',
        'Oleg Varsin',
        'Varsin',
        'Foreign Minister Kiril Domov',
        'Kiril Domov',
        'Domov',
        'Talatom',
        'Talvarian defence ministry',
      ],
    },
    {
      id: 'GAEA',
      name: 'Global Atomic Energy Agency',
      role: 'mediator',
      aliases: [
        'Global Atomic Energy Agency',
        'GAEA',
        'atomic agency',
        'the agency',
        'nuclear watchdog',
        'UN nuclear watchdog',
        'Director General Helena Brandt',
        'Helena Brandt',
        'Brandt',
        'agency officials',
      ],
    },
  ],
  [
    {
      id: 'operator',
      name: 'operator of the plant',
      aliases: ['operator', 'operation of the plant', 'control of the plant', 'control of Dunavets', 'management of the plant', 'running the plant', 'operating licence'],
      options: [
        ['owner', 'Belmoran operator', ['Belatom', 'return to Belmoran control', 'Belmoran control', 'handed back', 'returned to Belmora', 'return of the plant']],
        ['joint', 'joint operation', ['joint operation', 'jointly operated', 'joint management', 'shared control']],
        ['agency_interim', 'interim operation under the agency', ['interim administration', 'under agency supervision', 'international administration', 'agency-supervised operation']],
        ['occupier', 'Talvarian operator', ['Talatom', 'Talvarian control', 'Talvarian property', 'federal property', 'Talvarian ownership']],
      ],
    },
    {
      id: 'dmz',
      name: 'demilitarised zone radius',
      aliases: ['demilitarised zone', 'demilitarized zone', 'safety zone', 'protection zone', 'exclusion zone', 'buffer zone', 'radius', 'weapons-free zone'],
      range: { min: 0, max: 50, step: 1, unit: 'km' },
    },
    {
      id: 'power_lines',
      name: 'power-line repairs',
      aliases: ['power lines', 'power line', 'transmission lines', 'external power', 'off-site power', 'grid connection', 'repairs', 'repair crews', 'backup line'],
      options: [
        ['local_truce', 'local ceasefire for repairs', ['local ceasefire', 'repair window', 'safe passage for repair crews', 'pause in fighting for repairs']],
        ['owner_grid', 'reconnection to the Belmoran grid', ['Belmoran grid', 'reconnection to the Belmoran grid', 'reconnect to the Belmoran grid']],
        ['occupier_grid', 'connection to the Talvarian grid', ['Talvarian grid', 'connection to the Talvarian grid', 'switch to the Talvarian grid']],
      ],
    },
    {
      id: 'inspectors',
      name: 'inspector presence',
      aliases: ['inspectors', 'inspection', 'inspections', 'monitoring mission', 'experts at the plant', 'agency experts', 'presence at the plant'],
      options: [
        ['permanent', 'permanent inspector mission', ['permanent presence', 'permanent mission', 'continuous presence', 'expanded mission', 'full access']],
        ['rotating', 'periodic rotating visits', ['rotation', 'rotations', 'periodic visits', 'scheduled visits']],
        ['none', 'no inspectors', ['no inspectors', 'withdrawal of inspectors', 'expel the inspectors']],
      ],
    },
  ],
);

export const returnsT23Scenario = makeScenario(
  'returns-t23-test',
  [
    {
      id: 'SOR',
      name: 'Sorvenia',
      aliases: [
        'Sorvenia',
        'Sorvenian',
        'Sorvenian government',
        'Sorvenian officials',
        'Sorvenian negotiators',
        'Sorvenian delegation',
        'Halgrad',
        'President Miro Vasko',
        'Miro Vasko',
        'Vasko',
        'Returns Minister Lejla Haran',
        'Lejla Haran',
        'Haran',
        'Sorvenian parliament',
      ],
    },
    {
      id: 'EST',
      name: 'Estavia',
      aliases: [
        'Estavia',
        'Estavian',
        'Estavian government',
        'Estavian officials',
        'Estavian negotiators',
        'Estavian delegation',
        'Brenz',
        'Prime Minister Jonas Arvik',
        'Jonas Arvik',
        'Arvik',
        'Interior Minister Katrin Olm',
        'Katrin Olm',
        'Olm',
        'host country',
        'host government',
      ],
    },
    {
      id: 'UNHCR',
      name: 'UN refugee agency',
      role: 'mediator',
      aliases: [
        'UNHCR',
        'UN refugee agency',
        'U.N. refugee agency',
        'United Nations refugee agency',
        'UN High Commissioner for Refugees',
        'High Commissioner Amara Diallo',
        'Amara Diallo',
        'Diallo',
        'UNHCR officials',
      ],
    },
  ],
  [
    {
      id: 'returns',
      name: 'returns a year',
      aliases: ['returns', 'returnees', 'refugees a year', 'returns a year', 'annual quota', 'return quota', 'pace of returns', 'repatriation', 'refugee returns'],
      range: { min: 0, max: 300000, step: 5000, unit: 'returns a year' },
    },
    {
      id: 'restitution',
      name: 'property restitution',
      aliases: ['property', 'restitution', 'property restitution', 'property rights', 'homes', 'property claims', 'seized property'],
      options: [
        ['full', 'full restitution', ['full restitution', 'return of homes', 'return of property', 'restitution of property', 'restore property']],
        ['compensation', 'compensation instead of restitution', ['compensation', 'compensation scheme', 'cash compensation', 'vouchers']],
        ['none', 'no restitution', ['no restitution', 'no property claims']],
      ],
    },
    {
      id: 'amnesty',
      name: 'conscription amnesty for returnees',
      aliases: ['amnesty', 'conscription amnesty', 'draft evasion', 'draft evaders', 'military service', 'conscription', 'desertion charges'],
      options: [
        ['full', 'full amnesty', ['full amnesty', 'blanket amnesty', 'general amnesty', 'amnesty for draft evaders', 'drop charges']],
        ['deferral', 'deferred service', ['deferral', 'deferred service', 'grace period', 'alternative service']],
        ['none', 'no amnesty', ['no amnesty', 'prosecution', 'prosecute']],
      ],
    },
    {
      id: 'funding',
      name: 'reconstruction funding',
      aliases: ['reconstruction', 'reconstruction funding', 'reconstruction fund', 'rebuilding', 'reconstruction aid', 'donor funding', 'funding for reconstruction'],
      range: { min: 0, max: 20, step: 0.5, unit: 'billion euros' },
    },
  ],
);

export const drugsT23Scenario = makeScenario(
  'drugs-t23-test',
  [
    {
      id: 'NHIF',
      name: 'National Health Insurance Fund',
      aliases: [
        'National Health Insurance Fund',
        'NHIF',
        'the insurer',
        'the fund',
        'health insurer',
        'state insurer',
        'insurer',
        'Elin Farka',
        'Farka',
        'NHIF chair Elin Farka',
        'NHIF negotiators',
      ],
    },
    {
      id: 'NPIA',
      name: 'Norvanian Pharmaceutical Industry Association',
      aliases: [
        'Norvanian Pharmaceutical Industry Association',
        'NPIA',
        'drugmakers',
        "drugmakers' association",
        'pharmaceutical industry',
        'pharmaceutical companies',
        'the industry',
        'industry association',
        'Markus Hollen',
        'Hollen',
        'Ada Verin',
        'Verin',
        'industry negotiators',
      ],
    },
    {
      id: 'MOH',
      name: 'Health Ministry',
      role: 'mediator',
      aliases: [
        'Health Ministry',
        'health ministry',
        'Ministry of Health',
        'Health Minister Petra Solan',
        'Petra Solan',
        'Solan',
        'health minister',
        'the government',
        'Norvanian government',
      ],
    },
  ],
  [
    {
      id: 'price_cut',
      name: 'price cut',
      aliases: ['price cut', 'price cuts', 'price reduction', 'discount', 'prices', 'list prices', 'drug prices', 'rebate'],
      range: { min: 0, max: 40, step: 0.5, unit: 'percent' },
    },
    {
      id: 'volume_cap',
      name: 'volume cap',
      aliases: ['volume cap', 'spending cap', 'budget cap', 'volume ceiling', 'clawback', 'payback', 'volumes'],
      options: [
        ['hard_cap', 'hard volume cap', ['hard cap', 'hard volume cap', 'fixed ceiling', 'binding cap']],
        ['clawback', 'clawback above a threshold', ['clawback', 'payback mechanism', 'rebate above threshold', 'soft cap']],
        ['none', 'no volume cap', ['no cap', 'no volume cap', 'uncapped']],
      ],
    },
    {
      id: 'rare',
      name: 'access for rare diseases',
      aliases: ['rare diseases', 'rare-disease', 'orphan drugs', 'orphan medicines', 'rare disease patients', 'access for rare diseases'],
      options: [
        ['early_access', 'early access and reimbursement', ['early access', 'immediate reimbursement', 'fast-track access', 'guaranteed access']],
        ['case_by_case', 'case-by-case reimbursement', ['case-by-case', 'individual approval', 'case by case']],
        ['excluded', 'excluded from the deal', ['excluded', 'no special access']],
      ],
    },
    {
      id: 'parallel',
      name: 'parallel import ban',
      aliases: ['parallel imports', 'parallel import', 'parallel trade', 'imports from cheaper markets', 're-imports'],
      options: [
        ['ban', 'ban on parallel imports', ['ban on parallel imports', 'parallel import ban', 'ban parallel imports', 'outlaw parallel imports']],
        ['allowed', 'parallel imports allowed', ['allow parallel imports', 'parallel imports allowed', 'keep parallel imports']],
      ],
    },
  ],
);
