// Two invented negotiations for the heldout6 block (eval/extract/heldout6.yaml): a post-war deal
// between Aldovia and Surmenia after a short border war, mediated by the Council of Lake States,
// and a port concession at Porto Castel between the government of Castavia, the foreign operator
// Meridian Terminals and the Castavian Dockworkers' Union. Aliases were written as an analyst
// setting up each scenario would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const borderwarScenario = makeScenario(
  'borderwar-h6',
  [
    {
      id: 'ALD',
      name: 'Aldovia',
      aliases: ['Aldovia', 'Aldovian', 'Aldovian government', 'Aldovian officials', 'Aldovian negotiators', 'Aldovian delegation', 'Brenn', 'President Vollan', 'Kasimir Vollan', 'Vollan', 'Foreign Minister Pelt', 'Dragica Pelt', 'Pelt', 'Aldovian army'],
    },
    {
      id: 'SUR',
      name: 'Surmenia',
      aliases: ['Surmenia', 'Surmenian', 'Surmenian government', 'Surmenian officials', 'Surmenian negotiators', 'Surmenian delegation', 'Tarsk', 'Prime Minister Kolbeyev', 'Erdan Kolbeyev', 'Kolbeyev', 'chief negotiator Aktan', 'Gul Aktan', 'Aktan', 'Surmenian military'],
    },
    {
      id: 'CLS',
      name: 'Council of Lake States',
      aliases: ['Council of Lake States', 'the Council', 'CLS', 'mediators', 'regional mediators', 'mediation team', 'envoy Ferhat', 'Nadia Ferhat', 'Ferhat', 'Council envoy', 'Council secretariat'],
    },
  ],
  [
    {
      id: 'pows',
      name: 'prisoners of war',
      aliases: ['prisoners of war', 'prisoners', 'POWs', 'detainees', 'captured soldiers', 'prisoner exchange', 'prisoner swap', 'exchange of prisoners'],
      options: [
        ['all_for_all', 'all-for-all exchange', ['all-for-all', 'all for all', 'release of all prisoners', 'all prisoners', 'unconditional release', 'full exchange']],
        ['phased', 'phased exchange', ['phased exchange', 'exchange in stages', 'staged release', 'step-by-step exchange', 'one-for-one', 'in batches']],
        ['held', 'prisoners held until a final deal', ['hold the prisoners', 'keep the prisoners', 'release after a final deal', 'prisoners held']],
      ],
    },
    {
      id: 'demining',
      name: 'mine clearance',
      aliases: ['mine clearance', 'demining', 'mines', 'minefields', 'landmines', 'unexploded ordnance', 'de-mining', 'clear the mines'],
      options: [
        ['international', 'international demining mission', ['international demining', 'international deminers', 'demining mission', 'UN deminers', 'international mine clearance']],
        ['joint', 'joint demining', ['joint demining', 'joint mine clearance', 'joint teams', 'mixed teams']],
        ['each_side', 'each side clears its own side', ['each side clears', 'own side of the line', 'national demining', 'its own territory']],
        ['laying_party', 'the party that laid the mines clears them', ['whoever laid', 'the side that laid', 'laid the mines', 'maps of the minefields']],
      ],
    },
    {
      id: 'buffer',
      name: 'demilitarised strip width',
      aliases: ['demilitarised strip', 'demilitarized strip', 'demilitarised zone', 'demilitarized zone', 'buffer zone', 'buffer', 'DMZ', 'exclusion zone', 'strip', 'pullback', 'withdrawal of forces'],
      range: { min: 0, max: 40, step: 1, unit: 'km' },
    },
    {
      id: 'compensation',
      name: 'war compensation',
      aliases: ['compensation', 'reparations', 'war damages', 'damages', 'indemnity', 'claims', 'reconstruction fund', 'war damage'],
      options: [
        ['full', 'full reparations by Surmenia', ['full reparations', 'reparations', 'pay for the damage', 'full compensation', 'indemnity']],
        ['fund', 'joint reconstruction fund', ['reconstruction fund', 'joint fund', 'international fund', 'trust fund', 'donor fund']],
        ['waived', 'mutual waiver of claims', ['waive claims', 'mutual waiver', 'waiver of claims', 'drop claims', 'no reparations']],
      ],
    },
    {
      id: 'border',
      name: 'border line',
      aliases: ['border', 'border line', 'boundary', 'frontier', 'demarcation', 'delimitation', 'Kesh valley', 'Kesh', 'disputed villages', 'territory'],
      options: [
        ['prewar', 'return to the pre-war line', ['pre-war line', 'pre-war border', 'prewar border', 'status quo ante', 'line before the war', '1998 line', 'withdrawal to the pre-war']],
        ['commission', 'border commission to decide', ['border commission', 'joint commission', 'demarcation commission', 'arbitration', 'international arbitration', 'court']],
        ['current', 'current line of control', ['current line', 'line of control', 'ceasefire line', 'where the troops stand', 'current positions']],
      ],
    },
  ],
);

export const portScenario = makeScenario(
  'port-h6',
  [
    {
      id: 'GOV',
      name: 'Government of Castavia',
      aliases: ['Castavia', 'Castavian government', 'government', 'the government', 'ports ministry', 'Ministry of Ports', 'transport ministry', 'Ports Minister Arrendo', 'Lucía Arrendo', 'Lucia Arrendo', 'Arrendo', 'President Salvat', 'Salvat', 'Castavian officials', 'government negotiators', 'Porto Castel Port Authority', 'port authority'],
    },
    {
      id: 'MER',
      name: 'Meridian Terminals',
      aliases: ['Meridian Terminals', 'Meridian', 'the operator', 'port operator', 'the company', 'Meridian executives', 'Henrik Vos', 'Vos', 'Meridian chief executive', 'Meridian negotiators', 'Rotterdam-based operator'],
    },
    {
      id: 'UNI',
      name: "Castavian Dockworkers' Union",
      aliases: ["Castavian Dockworkers' Union", "Dockworkers' Union", 'dockworkers union', 'dockers union', 'the union', 'CDU', 'dockworkers', 'dockers', 'union leaders', 'Tomás Quiroga', 'Tomas Quiroga', 'Quiroga', 'union negotiators'],
    },
  ],
  [
    {
      id: 'term',
      name: 'concession length',
      aliases: ['concession', 'concession length', 'concession term', 'length of the concession', 'term', 'lease', 'contract length', 'duration'],
      range: { min: 5, max: 60, step: 1, unit: 'years' },
    },
    {
      id: 'jobs',
      name: 'job guarantees',
      aliases: ['job guarantees', 'jobs', 'job security', 'layoffs', 'redundancies', 'job cuts', 'workforce', 'employment', 'staffing'],
      options: [
        ['no_layoffs', 'no compulsory layoffs', ['no layoffs', 'no compulsory redundancies', 'no job cuts', 'guarantee all jobs', 'every job', 'all jobs']],
        ['voluntary', 'voluntary departures only', ['voluntary redundancy', 'voluntary departures', 'early retirement', 'natural attrition', 'buyouts']],
        ['free_hand', 'operator free to cut staff', ['free hand', 'cut staff', 'shed jobs', 'reduce the workforce', 'flexibility on staffing']],
      ],
    },
    {
      id: 'investment',
      name: 'investment commitments',
      aliases: ['investment', 'investment commitments', 'investment plan', 'capital spending', 'new cranes', 'expansion', 'dredging', 'modernisation'],
      options: [
        ['binding', 'binding investment schedule', ['binding investment', 'binding commitments', 'written into the contract', 'penalties', 'guaranteed investment', 'firm commitment']],
        ['indicative', 'indicative investment plan', ['indicative plan', 'non-binding', 'investment targets', 'best efforts', 'flexible schedule']],
        ['none', 'no investment commitment', ['no investment commitment', 'no commitments']],
      ],
    },
    {
      id: 'strike',
      name: 'strike action',
      aliases: ['strike', 'walkout', 'industrial action', 'stoppage', 'work stoppage', 'picket', 'go-slow'],
      options: [
        ['strike', 'strike goes ahead', ['go on strike', 'walk out', 'strike action', 'indefinite strike', 'all-out strike', 'shut the port']],
        ['suspended', 'strike suspended', ['suspend the strike', 'call off the strike', 'strike suspended', 'postpone the strike', 'truce']],
        ['banned', 'strike banned or ended by law', ['ban the strike', 'back-to-work order', 'essential service', 'injunction', 'minimum service']],
      ],
    },
    {
      id: 'state_share',
      name: 'state ownership share',
      aliases: ['state share', 'state stake', 'state ownership', 'government stake', 'public stake', 'golden share', 'stake', 'shareholding', 'ownership'],
      range: { min: 0, max: 100, step: 1, unit: 'percent' },
    },
  ],
);
