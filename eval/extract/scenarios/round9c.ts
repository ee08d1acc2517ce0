// Four invented negotiations for the training block eval/extract/train5.yaml: a peace deal between
// the government of Valderra and the Frente Campesino guerrilla movement, a border-crossing and
// trade-corridor deal between Ostravia and Belmark after their war, a city council budget in
// Harrowgate (three council groups and the mayor), and a football league broadcasting-rights deal
// (the Premier Federation League, two broadcasters and the players' union). Aliases were written as
// an analyst setting up each scenario would, before any sentence, and are not extended afterwards.
import { makeScenario } from './build.js';

export const guerrillaScenario = makeScenario(
  'guerrilla-test',
  [
    {
      id: 'GOV',
      name: 'Government of Valderra',
      aliases: [
        'Valderran government',
        'Valderra',
        'government negotiators',
        'government delegation',
        'the government',
        'Santa Lucia',
        'President Arrieta',
        'Camila Arrieta',
        'Arrieta',
        'peace commissioner Ocampo',
        'Julian Ocampo',
        'Ocampo',
        'Valderran army',
      ],
    },
    {
      id: 'FCL',
      name: 'Frente Campesino de Liberacion',
      aliases: [
        'FCL',
        'Frente Campesino',
        'the rebels',
        'rebels',
        'rebel negotiators',
        'rebel delegation',
        'guerrillas',
        'the guerrilla group',
        'commander Rojas',
        'Ernesto Rojas',
        'Rojas',
        'rebel spokeswoman Ibarra',
        'Lucia Ibarra',
        'Ibarra',
      ],
    },
  ],
  [
    {
      id: 'land',
      name: 'land reform',
      aliases: [
        'land reform',
        'land',
        'redistribution',
        'land fund',
        'estates',
        'agrarian reform',
        'land titles',
      ],
      options: [
        [
          'redistribution',
          'redistribution of idle estates',
          [
            'redistribution',
            'land fund',
            'expropriation of idle estates',
            'redistribute land',
            'agrarian reform',
          ],
        ],
        [
          'titling',
          'titling of existing smallholdings only',
          ['land titles', 'titling', 'formalise smallholdings', 'title deeds'],
        ],
      ],
    },
    {
      id: 'participation',
      name: 'political participation',
      aliases: [
        'political participation',
        'political party',
        'seats',
        'congress seats',
        'elections',
        'reserved seats',
      ],
      options: [
        [
          'reserved_seats',
          'reserved seats in congress',
          ['reserved seats', 'guaranteed seats', 'seats in congress'],
        ],
        [
          'party_only',
          'legal party without reserved seats',
          ['register as a party', 'political party', 'contest elections'],
        ],
      ],
    },
    {
      id: 'justice',
      name: 'transitional justice',
      aliases: [
        'transitional justice',
        'amnesty',
        'special tribunal',
        'prosecutions',
        'justice',
        'accountability',
        'truth commission',
      ],
      options: [
        ['amnesty', 'general amnesty', ['amnesty', 'general amnesty', 'blanket amnesty', 'pardon']],
        [
          'tribunal',
          'special tribunal with reduced sentences',
          ['special tribunal', 'special jurisdiction', 'reduced sentences', 'prosecution of commanders'],
        ],
      ],
    },
    {
      id: 'demob',
      name: 'demobilisation timetable',
      aliases: [
        'demobilisation',
        'demobilization',
        'disarmament',
        'laying down arms',
        'hand over weapons',
        'cantonment',
        'timetable',
        'months',
      ],
      range: { min: 3, max: 36, step: 1, unit: 'months' },
    },
  ],
);

export const corridorScenario = makeScenario(
  'corridor-test',
  [
    {
      id: 'OST',
      name: 'Ostravia',
      aliases: [
        'Ostravian',
        'Ostravian government',
        'Ostravian negotiators',
        'Ostravian delegation',
        'Ostravians',
        'Kessel',
        'President Dravic',
        'Milan Dravic',
        'Dravic',
        'Foreign Minister Halas',
        'Vera Halas',
        'Halas',
        'Ostravian customs service',
      ],
    },
    {
      id: 'BEL',
      name: 'Belmark',
      aliases: [
        'Belmark',
        'Belmarkian',
        'Belmarkian government',
        'Belmarkian negotiators',
        'Belmarkian delegation',
        'Rendsburg',
        'Prime Minister Aalto',
        'Henrik Aalto',
        'Aalto',
        'Trade Minister Voss',
        'Petra Voss',
        'Voss',
      ],
    },
  ],
  [
    {
      id: 'crossings',
      name: 'crossing points',
      aliases: [
        'crossing points',
        'crossings',
        'border crossings',
        'checkpoints',
        'border posts',
        'Lindau crossing',
        'Marren bridge',
      ],
      options: [
        [
          'reopen_all',
          'reopen all pre-war crossings',
          ['all crossings', 'all pre-war crossings', 'reopen every crossing'],
        ],
        [
          'two_only',
          'the Lindau and Marren crossings only',
          ['two crossings', 'only two crossings', 'Lindau and Marren'],
        ],
      ],
    },
    {
      id: 'customs',
      name: 'customs regime',
      aliases: [
        'customs',
        'customs checks',
        'inspections',
        'customs regime',
        'joint customs',
        'border controls',
      ],
      options: [
        [
          'joint',
          'joint customs posts',
          ['joint customs', 'joint customs posts', 'shared customs', 'single inspection'],
        ],
        [
          'separate',
          'separate national checks',
          ['separate checks', 'national checks', 'its own inspections', 'double inspection'],
        ],
      ],
    },
    {
      id: 'tariffs',
      name: 'corridor transit tariff',
      aliases: ['tariff', 'tariffs', 'transit fee', 'transit tariff', 'duties', 'levy', 'percent'],
      range: { min: 0, max: 25, step: 0.5, unit: '%' },
    },
    {
      id: 'refugees',
      name: "refugees' return",
      aliases: [
        'refugees',
        'return of refugees',
        'displaced',
        'displaced people',
        'right of return',
        'returnees',
        'property restitution',
      ],
      options: [
        [
          'full_return',
          'unconditional right of return with property restitution',
          ['right of return', 'full return', 'restitution', 'unconditional return'],
        ],
        ['quota', 'phased return under annual quotas', ['quota', 'quotas', 'phased return', 'case-by-case']],
      ],
    },
  ],
);

export const councilScenario = makeScenario(
  'council-test',
  [
    {
      id: 'MAY',
      name: 'Mayor of Harrowgate',
      aliases: [
        'mayor',
        'the mayor',
        "mayor's office",
        'City Hall',
        'Mayor Pembridge',
        'Helen Pembridge',
        'Pembridge',
        'budget chief Okafor',
        'Daniel Okafor',
        'Okafor',
      ],
    },
    {
      id: 'CIV',
      name: 'Civic Alliance group',
      aliases: [
        'Civic Alliance',
        'Civic Alliance group',
        'Civic Alliance councillors',
        'group leader Marsh',
        'Gordon Marsh',
        'Marsh',
      ],
    },
    {
      id: 'GRN',
      name: 'Green group',
      aliases: [
        'Greens',
        'Green group',
        'Green councillors',
        'Green leader Adebayo',
        'Funmi Adebayo',
        'Adebayo',
      ],
    },
    {
      id: 'LAB',
      name: 'Labour group',
      aliases: [
        'Labour',
        'Labour group',
        'Labour councillors',
        'Labour leader Quinn',
        'Siobhan Quinn',
        'Quinn',
      ],
    },
  ],
  [
    {
      id: 'tax',
      name: 'council tax rise',
      aliases: ['council tax', 'tax rise', 'tax increase', 'property tax', 'rate', 'percent', 'precept'],
      range: { min: 0, max: 10, step: 0.5, unit: '%' },
    },
    {
      id: 'tram',
      name: 'eastern tram line',
      aliases: ['tram', 'tram line', 'tramway', 'eastern extension', 'light rail', 'Line 3'],
      options: [
        [
          'build',
          'build the eastern tram line',
          ['build the tram', 'fund the tram', 'go ahead with the tram', 'tram extension'],
        ],
        ['postpone', 'postpone the tram line', ['postpone', 'delay', 'shelve', 'pause the tram']],
      ],
    },
    {
      id: 'police',
      name: 'police funding',
      aliases: ['police', 'police funding', 'policing', 'police budget', 'officers', 'community wardens'],
      options: [
        [
          'increase',
          'increase police funding',
          ['more officers', 'increase police funding', 'extra officers', 'boost policing'],
        ],
        [
          'freeze',
          'freeze police funding',
          ['freeze police funding', 'police freeze', 'no extra money for police', 'cut policing'],
        ],
      ],
    },
    {
      id: 'housing',
      name: 'social housing',
      aliases: ['housing', 'social housing', 'affordable homes', 'council homes', 'homes', 'housing fund'],
      options: [
        [
          'new_build',
          'new council homes programme',
          ['new council homes', 'build homes', 'housing programme', 'affordable homes'],
        ],
        ['repairs', 'repairs to existing stock only', ['repairs', 'refurbishment', 'existing stock']],
      ],
    },
  ],
);

export const broadcastScenario = makeScenario(
  'broadcast-test',
  [
    {
      id: 'LEA',
      name: 'Premier Federation League',
      aliases: [
        'league',
        'the league',
        'PFL',
        'Premier Federation League',
        'league executives',
        'league chief executive Brandt',
        'Tobias Brandt',
        'Brandt',
        'the clubs',
      ],
    },
    {
      id: 'STA',
      name: 'StadiaSport',
      aliases: [
        'StadiaSport',
        'Stadia',
        'the pay-TV group',
        'StadiaSport chief executive Lacroix',
        'Amelie Lacroix',
        'Lacroix',
      ],
    },
    {
      id: 'NAT',
      name: 'National Broadcasting Corporation',
      aliases: [
        'NBC',
        'National Broadcasting Corporation',
        'the public broadcaster',
        'public broadcaster',
        'director of sport Hale',
        'Richard Hale',
        'Hale',
      ],
    },
    {
      id: 'PU',
      name: "Players' Union",
      aliases: [
        "players' union",
        'players union',
        'the union',
        'PPU',
        'union chief Mensah',
        'Kwame Mensah',
        'Mensah',
        'the players',
      ],
    },
  ],
  [
    {
      id: 'fee',
      name: 'annual rights fee',
      aliases: ['fee', 'rights fee', 'price', 'bid', 'offer', 'million', 'a season', 'per season'],
      range: { min: 100, max: 900, step: 10, unit: 'million' },
    },
    {
      id: 'live',
      name: 'live matches',
      aliases: [
        'live matches',
        'live games',
        'games shown live',
        'live',
        'matches',
        'packages',
        'free-to-air',
      ],
      options: [
        ['all_live', 'every match shown live', ['every match live', 'all matches', 'all 380 matches']],
        [
          'limited',
          'a limited live package',
          ['limited package', 'fewer live games', 'cap on live matches', 'blackout'],
        ],
      ],
    },
    {
      id: 'share',
      name: "players' revenue share",
      aliases: [
        'revenue share',
        'share',
        'cut',
        'share of broadcast revenue',
        "players' share",
        'percentage',
      ],
      options: [
        [
          'fixed_pct',
          'a fixed percentage of broadcast income for players',
          ['fixed percentage', 'guaranteed share', 'fixed share'],
        ],
        ['bonus_pool', 'a discretionary bonus pool', ['bonus pool', 'discretionary', 'performance pool']],
      ],
    },
    {
      id: 'schedule',
      name: 'match schedule',
      aliases: [
        'schedule',
        'kick-off times',
        'fixtures',
        'Monday night',
        'Friday night',
        'weekday games',
        'calendar',
        'winter break',
      ],
      options: [
        [
          'weekday_slots',
          'new weekday and late slots',
          ['Monday night', 'Friday night', 'weekday slots', 'late kick-offs', 'more slots'],
        ],
        [
          'weekend_only',
          'weekend kick-offs only',
          ['weekend only', 'Saturday afternoon', 'no weekday games', 'traditional slots'],
        ],
      ],
    },
  ],
);
