// Compiles data/lexicons/en.json into src/extract/lexicon-data.ts so the extractor needs no file
// access at run time (it must run in the browser). Run after editing the JSON:
//   npx tsx scripts/gen-lexicon.ts
// test/extract/lexicon.test.ts fails when the two differ.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const data = JSON.parse(fs.readFileSync(path.join(root, 'data/lexicons/en.json'), 'utf8'));
const out = `// GENERATED from data/lexicons/en.json by scripts/gen-lexicon.ts — edit the JSON, then regenerate.
export const DEFAULT_LEXICON_DATA = ${JSON.stringify(data, null, 2)} as const;
`;
fs.writeFileSync(path.join(root, 'src/extract/lexicon-data.ts'), out);
console.log('wrote src/extract/lexicon-data.ts');
