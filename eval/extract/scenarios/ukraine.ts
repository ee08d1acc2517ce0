// A small Ukraine-like scenario for tests and evaluation (not the flagship scenario): the parties
// and issues of the late-2025 talks with the aliases reports use. Neutral wording.
import type { LexiconPatch } from '../../../src/extract/lexicon.js';
import { makeScenario } from './build.js';

export const ukraineScenario = makeScenario(
  'ukraine-test',
  [
    {
      id: 'UKR',
      name: 'Ukraine',
      aliases: ['Kyiv', 'Kiev', 'Zelensky', 'Zelenskyy', 'Ukrainian', 'Ukrainian officials', 'Ukrainian government', 'Umerov', 'Yermak', 'Sybiha'],
    },
    {
      id: 'RUS',
      name: 'Russia',
      aliases: ['Moscow', 'Kremlin', 'Putin', 'Russian', 'Russian Federation', 'Lavrov', 'Peskov', 'Ushakov', 'Medinsky', 'Zakharova', 'Dmitriev'],
    },
    {
      id: 'USA',
      name: 'United States',
      aliases: ['US', 'U.S.', 'Washington', 'White House', 'Trump', 'Witkoff', 'Kushner', 'Rubio', 'American', 'US officials', 'U.S. officials', 'Hegseth'],
    },
    {
      id: 'EUR',
      name: 'European states',
      aliases: ['Europe', 'European leaders', 'Europeans', 'European', 'Western allies', 'EU', 'European Union', 'E3', 'Coalition of the Willing', 'Britain', 'France', 'Germany', 'UK', 'Macron', 'Starmer', 'Merz', 'Paris', 'London', 'Berlin', 'Brussels'],
    },
  ],
  [
    {
      id: 'nato',
      name: 'NATO membership',
      aliases: ['NATO', 'alliance membership', 'NATO bid', 'bid for NATO membership', 'neutrality'],
      options: [
        ['membership', 'NATO membership', ['NATO membership', 'join NATO', 'NATO bid', 'bid for NATO membership', 'NATO accession', 'membership of the alliance', 'path to NATO']],
        ['open_no_consensus', 'door open without consensus', ['open door', 'door open']],
        ['neutrality', 'permanent neutrality', ['neutrality', 'neutral status', 'non-aligned', 'non-bloc status', 'constitutional bar', 'never join NATO']],
      ],
    },
    {
      id: 'guarantees',
      name: 'security guarantees',
      aliases: ['security guarantees', 'guarantees', 'security assurances', 'Article 5', 'Article-5-like', 'security guarantee'],
      options: [
        ['binding', 'binding Article-5-like guarantees', ['binding guarantees', 'binding security guarantees', 'legally binding guarantees', 'robust and binding security guarantees', 'Article-5-like guarantees', 'Article 5-style guarantees', 'ironclad guarantees', 'Congress-backed guarantees']],
        ['coalition_force', 'European-led guarantees', ['guarantees provided by European countries', 'European guarantees']],
        ['multilateral_incl_russia', 'guarantors including Russia', ['guarantors including Russia', 'guarantees for both Russia and Ukraine']],
        ['none', 'no guarantees', ['no guarantees']],
      ],
    },
    {
      id: 'territory',
      name: 'occupied territory',
      aliases: ['territory', 'territories', 'occupied territory', 'occupied territories', 'territorial', 'borders', 'Donbas', 'Donetsk', 'Luhansk', 'Crimea', 'Zaporizhzhia', 'Kherson', 'land'],
      options: [
        ['freeze_loc', 'freeze along the current line', ['freeze along current lines', 'freezing of the conflict', 'freeze', 'current front lines', 'current front line', 'current lines', 'line of contact', 'stop where they are', 'current line']],
        ['cede_territory', 'territorial concessions', ['territorial concessions', 'cede territory', 'ceding territory', 'withdraw from Donbas', 'withdrawal from Donetsk', 'Ukrainian withdrawal', 'give up land', 'hand over']],
        ['recognition_de_facto', 'de facto recognition', ['de facto recognition', 'recognised de facto', 'recognized de facto', 'de facto', 'stay with Russia']],
        ['recognition_de_jure', 'formal recognition', ['formal recognition', 'legal recognition', 'recognition', 'recognise the annexation', 'recognize the annexation', 'international recognition', 'changing borders', "changing Ukraine's borders", 'recognise', 'recognize', 'legally recognise']],
      ],
    },
    {
      id: 'ceasefire',
      name: 'ceasefire',
      aliases: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'halt to hostilities'],
      options: [
        ['immediate', 'immediate ceasefire', ['immediate ceasefire', '30-day ceasefire', 'interim ceasefire', 'unconditional ceasefire', 'ceasefire first']],
        ['after_deal', 'ceasefire after a full deal', ['comprehensive deal first', 'final settlement', 'comprehensive settlement', 'final resolution']],
        ['after_withdrawal', 'ceasefire after withdrawal', ['ceasefire after withdrawal']],
      ],
    },
    {
      id: 'army_cap',
      name: 'army size',
      aliases: ['army size', 'armed forces', 'size of the army', 'cap on the army', 'troop cap', 'army', 'military', 'army ceiling'],
      range: { min: 50_000, max: 1_000_000, step: 50_000, unit: 'soldiers' },
    },
    {
      id: 'foreign_forces',
      name: 'foreign forces',
      aliases: ['foreign troops', 'foreign forces', 'Western troops', 'troops in Ukraine', 'NATO troops', 'ground troops', 'sending troops', 'send troops', 'peacekeepers'],
      options: [
        ['deployed', 'coalition force deployed', ['deploy troops', 'reassurance force', 'multinational force', 'troops deployed', 'troops on the ground', 'Western units', 'foreign troops deployed']],
        ['monitoring', 'monitoring only', ['monitoring mission', 'monitors', 'monitoring only']],
        ['none', 'no foreign troops', ['no foreign troops', 'no Western troops']],
      ],
    },
    {
      id: 'sanctions',
      name: 'sanctions',
      aliases: ['sanctions', 'sanctions relief', 'frozen assets', 'restrictions'],
      options: [
        ['kept', 'sanctions kept', ['sanctions remain', 'keep sanctions', 'assets stay frozen', 'maintain sanctions']],
        ['phased', 'phased relief', ['phased relief', 'gradual lifting', 'phased sanctions relief', 'easing of sanctions']],
        ['lifted', 'all lifted', ['lifting of all sanctions', 'lift all sanctions', 'sanctions lifted', 'lifting of sanctions', 'lift sanctions']],
      ],
    },
  ],
);

/**
 * Cues that belong to this conflict's vocabulary rather than to English at large: an example of a
 * per-scenario lexicon patch (see docs/extraction.md).
 */
export const ukraineLexicon: LexiconPatch = {
  add: { rejection: ['legitimate target', 'legitimate combat target'] },
};
