import { describe, expect, it } from 'vitest';
import { trainedIssueModel } from '../../eval/extract/issue-training.js';
import type { ClauseFinding } from '../../src/extract/analyse.js';
import { prepareExtractor, readSentence } from '../../src/extract/extract.js';
import { buildGazetteer } from '../../src/extract/gazetteer.js';
import {
  type IssueCandidate,
  type IssueModel,
  issueCandidates,
  issueProbability,
  rerankIssues,
  trainIssueModel,
} from '../../src/extract/issue-model.js';
import { ISSUE_MODEL } from '../../src/extract/issue-model-data.js';
import { defaultLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import { posTagger } from '../../src/extract/pos.js';
import { STANCE_MODEL } from '../../src/extract/stance-model-data.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { ukraineLexicon, ukraineScenario } from './fixtures/scenario.js';

const finding = (issue: string | undefined, t0: number, t1: number, party = 'UKR'): ClauseFinding => ({
  finding: {
    party,
    partyFrom: 'named',
    issue,
    relinquished: false,
    stance: 'demand',
    firmness: 'firm',
    negated: false,
    cues: ['demand'],
  },
  t0,
  t1,
});
const cand = (issue: string, at: number, features: string[]): IssueCandidate => ({
  issue,
  at,
  features,
  shared: [],
});
/** A model that believes an issue exactly when it carries the feature 'yes'. */
const toy: IssueModel = { bias: -2, weights: { yes: 4 } };

describe('issue model', () => {
  it('fits a logistic regression: a feature seen only with positives gets a positive weight', () => {
    const samples = [
      ...Array.from({ length: 20 }, () => ({ features: ['named', 'object'], label: true })),
      ...Array.from({ length: 20 }, () => ({ features: ['named', 'modifier'], label: false })),
    ];
    const model = trainIssueModel(samples, { minCount: 1, l2: 0.1 });
    expect(model.weights.object).toBeGreaterThan(0);
    expect(model.weights.modifier).toBeLessThan(0);
    expect(issueProbability(model, ['named', 'object'])).toBeGreaterThan(0.8);
    expect(issueProbability(model, ['named', 'modifier'])).toBeLessThan(0.2);
    // Features seen fewer than minCount times are not kept.
    expect(
      trainIssueModel([...samples, { features: ['rare'], label: true }], { minCount: 2 }).weights,
    ).not.toHaveProperty('rare');
  });

  it('moves a finding from a doubted issue to a believed one no finding has', () => {
    const out = rerankIssues(
      [finding('nato', 0, 10)],
      [cand('nato', 8, ['no']), cand('guarantees', 3, ['yes'])],
      toy,
    );
    expect(out.map((f) => f.finding.issue)).toEqual(['guarantees']);
  });

  it('copies the finding whose clause names a believed issue no finding has', () => {
    const out = rerankIssues(
      [finding('guarantees', 0, 8), finding('territory', 8, 16, 'RUS')],
      [cand('guarantees', 2, ['yes']), cand('territory', 9, ['yes']), cand('army_cap', 6, ['yes'])],
      toy,
    );
    expect(out.map((f) => [f.finding.party, f.finding.issue])).toEqual([
      ['UKR', 'guarantees'],
      ['RUS', 'territory'],
      ['UKR', 'army_cap'],
    ]);
  });

  it('moves every finding on a doubted issue to the same replacement', () => {
    const out = rerankIssues(
      [finding('nato', 0, 10), finding('nato', 10, 20, 'RUS')],
      [cand('nato', 8, ['no']), cand('guarantees', 3, ['yes'])],
      toy,
    );
    expect(out.map((f) => [f.finding.party, f.finding.issue])).toEqual([
      ['UKR', 'guarantees'],
      ['RUS', 'guarantees'],
    ]);
  });

  it('does not bring back an issue named only in the question a speaker answers', () => {
    const text =
      'Asked whether Kyiv would give up NATO membership, Umerov said Ukraine demands security guarantees.';
    const issues = prepareExtractor(ukraineScenario, ukraineLexicon)(text, {
      date: '2025-12-15',
      source: 'test',
    }).map((c) => c.finding.issue);
    expect(issues).toEqual(['guarantees']);
  });

  it('leaves a doubted issue out; the finding goes only when its party has another with an issue', () => {
    const alone = rerankIssues([finding('territory', 0, 10)], [cand('territory', 4, ['no'])], toy);
    expect(alone).toHaveLength(1);
    expect(alone[0].finding.issue).toBeUndefined();
    const twice = rerankIssues(
      [finding('guarantees', 0, 6), finding('nato', 6, 12)],
      [cand('guarantees', 2, ['yes']), cand('nato', 9, ['no'])],
      toy,
    );
    expect(twice.map((f) => f.finding.issue)).toEqual(['guarantees']);
  });

  it('reads where a mention stands: a modifier, a preposition, a second position joined by "and"', () => {
    const g = buildGazetteer(ukraineScenario, mergeLexicon(defaultLexicon(), ukraineLexicon));
    const text =
      'Any guarantees for Ukraine should be backed by European troops in a mission outside NATO, and no limits should be placed on the size of its armed forces, Hegseth said.';
    const { tokens } = tokenize(text);
    const pos = posTagger(text, tokens);
    const found = readSentence(g, tokens, 0, tokens.length, {}, pos, STANCE_MODEL);
    const cands = issueCandidates(g, tokens, 0, tokens.length, found, pos);
    const nato = cands.find((c) => c.issue === 'nato');
    expect(nato?.features).toContain('prev:outside');
    const army = cands.find((c) => c.issue === 'army_cap');
    expect(army?.features).toContain('joined');
    expect(cands.find((c) => c.issue === 'guarantees')?.features).toContain('cue-after:<=2');
  });

  it('revisits the rules on a real sentence: NATO as the frame of a mission is not the position', () => {
    const text =
      'Any guarantees for Ukraine should be backed by capable European and non-European troops in a mission outside NATO, with no American soldiers involved, Hegseth said.';
    const opts = { date: '2025-02-13', source: 'test' };
    const issues = (model: IssueModel | null) =>
      prepareExtractor(
        ukraineScenario,
        ukraineLexicon,
        STANCE_MODEL,
        model,
      )(text, opts).map((c) => c.finding.issue);
    expect(issues(null)).toContain('nato');
    expect(issues(ISSUE_MODEL)).not.toContain('nato');
    expect(issues(ISSUE_MODEL)).toContain('guarantees');
  });

  it('ships the model trained on the current train split', () => {
    // (weights are rounded to 3 decimals: another engine's Math.exp may move the last digit)
    const fresh = trainedIssueModel().model;
    expect(Object.keys(fresh.weights).sort()).toEqual(Object.keys(ISSUE_MODEL.weights).sort());
    expect(fresh.bias).toBeCloseTo(ISSUE_MODEL.bias, 2);
    for (const [f, w] of Object.entries(fresh.weights)) expect(w, f).toBeCloseTo(ISSUE_MODEL.weights[f], 2);
  }, 120_000);
});
