// Extraction throughput: 1,000 synthetic news articles of ~800 words (BENCH_QUICK=1: 100), one
// thread. Baseline in the same run: wink-nlp tokenisation and sentence splitting alone, which
// every extraction needs, so the ratio shows what the rules cost on top. Model loading is timed
// separately and excluded from the throughput figures.
//   npx tsx bench/extract.ts
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ukraineLexicon, ukraineScenario } from '../eval/extract/scenarios/ukraine.js';
import { prepareExtractor } from '../src/extract/extract.js';
import { loadNlp, tokenize } from '../src/extract/tokenize.js';

const QUICK = process.env.BENCH_QUICK === '1';
const ARTICLES = QUICK ? 100 : 1000;
const WORDS = 800;

const root = path.resolve(import.meta.dirname, '..');
const labelled = parse(fs.readFileSync(path.join(root, 'eval/extract/sentences.yaml'), 'utf8')) as {
  sentences: { scenario: string; text: string }[];
};
const paraphrase = fs.readFileSync(path.join(root, 'test/extract/fixtures/talks-paraphrase.txt'), 'utf8');
const pool = [
  ...labelled.sentences.filter((s) => s.scenario === 'ukraine').map((s) => s.text),
  ...paraphrase.split('\n').filter((l) => l.endsWith('.')),
  'Delegations arrived in the afternoon and the meeting lasted several hours.',
  'Reporters waited outside the venue as the talks continued into the evening.',
  'The next round is expected to take place in the coming weeks, officials said.',
  'Analysts noted that the positions of both sides remained far apart on several points.',
];

// A fixed linear congruential generator: the same articles on every run.
let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
function article(): string {
  const paras: string[] = [];
  let words = 0;
  while (words < WORDS) {
    const para: string[] = [];
    for (let k = 0; k < 4 && words < WORDS; k++) {
      const s = pool[Math.floor(rand() * pool.length)];
      para.push(s);
      words += s.split(/\s+/).length;
    }
    paras.push(para.join(' '));
  }
  return paras.join('\n');
}
const articles = Array.from({ length: ARTICLES }, article);
const totalWords = articles.reduce((n, a) => n + a.split(/\s+/).length, 0);

const t0 = performance.now();
loadNlp();
const loadMs = performance.now() - t0;
const t1 = performance.now();
const extract = prepareExtractor(ukraineScenario, ukraineLexicon);
const prepareMs = performance.now() - t1;
const withoutIssueModel = prepareExtractor(ukraineScenario, ukraineLexicon, undefined, null);
// Warm-up (JIT) on a few articles, not counted.
for (let i = 0; i < 5; i++) {
  extract(articles[i], { date: '2025-12-15', source: 'bench' });
  withoutIssueModel(articles[i], { date: '2025-12-15', source: 'bench' });
}

function timed(fn: () => number): { ms: number; out: number } {
  const s = performance.now();
  const out = fn();
  return { ms: performance.now() - s, out };
}
const base = timed(() => {
  let n = 0;
  for (const a of articles) n += tokenize(a).sentences.length;
  return n;
});
const rules = timed(() => {
  let n = 0;
  for (const a of articles) n += withoutIssueModel(a, { date: '2025-12-15', source: 'bench' }).length;
  return n;
});
const full = timed(() => {
  let n = 0;
  for (const a of articles) n += extract(a, { date: '2025-12-15', source: 'bench' }).length;
  return n;
});

const mem = process.memoryUsage();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const row = (name: string, ms: number, extra: string) =>
  `${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(8)} s ${((totalWords / ms) * 1000).toFixed(0).padStart(10)} words/s  ${extra}`;
console.log(
  `extract bench: ${ARTICLES} articles, ${totalWords} words (~${Math.round(totalWords / ARTICLES)} per article)${QUICK ? ' [BENCH_QUICK]' : ''}`,
);
console.log(
  `model load (wink-eng-lite-web-model, excluded): ${loadMs.toFixed(0)} ms; scenario recognisers: ${prepareMs.toFixed(1)} ms`,
);
console.log('stage                                  time       throughput');
console.log(row('baseline: tokenise + sentences', base.ms, `${base.out} sentences`));
console.log(row('without the issue model', rules.ms, `${rules.out} candidates`));
console.log(row('extractCandidates (full)', full.ms, `${full.out} candidates`));
console.log(`ratio full / baseline: ${(full.ms / base.ms).toFixed(2)}x`);
console.log(
  `per article: ${(full.ms / ARTICLES).toFixed(2)} ms; scaled to 1,000 articles: ${(((full.ms / ARTICLES) * 1000) / 1000).toFixed(2)} s (target <= 10 s)`,
);
console.log(
  `memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, peak rss ${peakRssMb.toFixed(0)} MB`,
);
