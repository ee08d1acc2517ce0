// From a structurally valid document to the normalised Scenario: defaults filled in, saliences
// normalised, every cross-reference resolved. Collects every problem rather than stopping at the
// first, so a user sees the whole list at once.
import { parseCondition, parseStatement } from './conditions.js';
import { closest, type DocPath, knownList, type Problem } from './errors.js';
import { constraintExpr, countSatisfying, type IssueIndex, parseExpr, renderConstraintRule } from './expr.js';
import type {
  ChangeDocument,
  ConstraintDocument,
  EvidenceDocument,
  NoAgreementDocument,
  ScenarioDocument,
} from './schema.js';
import { checkStrategy, parseOneStrategy, StrategyError, type StrategySpec } from './strategy.js';
import type {
  Change,
  Condition,
  Conflict,
  ConflictOption,
  Constraint,
  Evidence,
  Issue,
  IssueValue,
  NoAgreement,
  Package,
  Party,
  Preferences,
  Proposal,
  Scenario,
  ScenarioEvent,
  Stance,
} from './types.js';

/** Ranges are discretised; beyond this many levels an engine would drown. */
export const MAX_RANGE_LEVELS = 100_001;
export const DEFAULT_EVENT_CONFIDENCE = 0.7;
export const DEFAULT_SOFT_PENALTY = 0.1;

interface Ctx {
  problems: Problem[];
  issues: Map<string, Issue>;
  partyIds: string[];
  sourceIds: string[];
  /** The base status quo; `no_agreement: status_quo` in an event takes this package. */
  statusQuo?: Package;
}

export function normaliseDocument(doc: ScenarioDocument): { scenario?: Scenario; problems: Problem[] } {
  const problems: Problem[] = [];
  const ctx: Ctx = { problems, issues: new Map(), partyIds: [], sourceIds: [] };
  const error = (path: DocPath, message: string, hint?: string) =>
    problems.push({ path, message, hint, severity: 'error' });

  const meta = { ...doc.meta, sources: doc.meta.sources };
  uniqueIds(
    meta.sources.map((s) => s.id),
    ['meta', 'sources'],
    'source',
    ctx,
  );
  ctx.sourceIds = meta.sources.map((s) => s.id);

  uniqueIds(
    doc.issues.map((i) => i.id),
    ['issues'],
    'issue',
    ctx,
  );
  const issues: Issue[] = [];
  doc.issues.forEach((raw, i) => {
    const issue = normaliseIssue(raw, ['issues', i], ctx);
    if (issue) {
      issues.push(issue);
      if (!ctx.issues.has(issue.id)) ctx.issues.set(issue.id, issue);
    }
  });

  uniqueIds(
    doc.parties.map((p) => p.id),
    ['parties'],
    'party',
    ctx,
  );
  ctx.partyIds = doc.parties.map((p) => p.id);

  const statusQuo = doc.status_quo ? normalisePackage(doc.status_quo, ['status_quo'], ctx) : undefined;
  ctx.statusQuo = statusQuo;
  const constraintOwners = new Map<string, DocPath>();
  const parties: Party[] = doc.parties.map((raw, i) => {
    const path: DocPath = ['parties', i];
    const constraints = (raw.constraints ?? [])
      .map((c, k) => normaliseConstraint(c, raw.id, [...path, 'constraints', k], ctx))
      .filter((c): c is Constraint => c !== undefined);
    constraints.forEach((c, k) => {
      const seen = constraintOwners.get(c.id);
      if (seen)
        error(
          [...path, 'constraints', k, 'id'],
          `duplicate constraint id '${c.id}'`,
          'constraint ids must be unique across the scenario',
        );
      else constraintOwners.set(c.id, [...path, 'constraints', k]);
    });
    return {
      id: raw.id,
      name: raw.name ?? raw.id,
      aliases: raw.aliases ?? [],
      kind: raw.kind ?? 'state',
      role: raw.role ?? 'principal',
      power: raw.power ?? 1,
      ...(raw.risk !== undefined && { risk: raw.risk }),
      stances: normaliseStances(raw.stances ?? {}, [...path, 'stances'], ctx),
      constraints,
      no_agreement: normaliseNoAgreement(raw.no_agreement, statusQuo, [...path, 'no_agreement'], ctx),
      ...(raw.strategy !== undefined && {
        strategy: normaliseStrategy(raw.strategy, [...path, 'strategy'], ctx),
      }),
      ...(raw.note !== undefined && { note: raw.note }),
    };
  });
  if (!parties.some((p) => p.role === 'principal')) {
    error(
      ['parties'],
      'no party has role principal',
      'a deal needs at least one principal: the parties who must sign',
    );
  }

  uniqueIds(
    (doc.proposals ?? []).map((p) => p.id),
    ['proposals'],
    'proposal',
    ctx,
  );
  const proposals = (doc.proposals ?? []).map((p, i) => normaliseProposal(p, ['proposals', i], ctx));

  const conflict = doc.conflict ? normaliseConflict(doc.conflict, ['conflict'], ctx) : undefined;
  const events = normaliseEvents(doc.events ?? [], ctx);

  if (problems.some((p) => p.severity === 'error')) return { problems };
  const scenario: Scenario = {
    entente: 1,
    meta,
    parties,
    issues,
    ...(statusQuo && { status_quo: statusQuo }),
    proposals,
    ...(conflict && { conflict }),
    events,
  };
  return { scenario, problems };
}

function uniqueIds(ids: string[], path: DocPath, what: string, ctx: Ctx): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.problems.push({
        path: [...path, i, 'id'],
        message: `duplicate ${what} id '${id}' (also used by ${path.join('.')}[${first}])`,
        hint: `give each ${what} its own id`,
        severity: 'error',
      });
    } else seen.set(id, i);
  });
}

const RESERVED_ISSUE_IDS = new Set(['all', 'any', 'not']);

function normaliseIssue(raw: ScenarioDocument['issues'][number], path: DocPath, ctx: Ctx): Issue | undefined {
  const error = (at: DocPath, message: string, hint?: string) => {
    ctx.problems.push({ path: at, message, hint, severity: 'error' });
    return undefined;
  };
  if (RESERVED_ISSUE_IDS.has(raw.id)) {
    return error(
      [...path, 'id'],
      `'${raw.id}' is reserved by the condition language`,
      'choose another issue id',
    );
  }
  const base = {
    id: raw.id,
    name: raw.name ?? raw.id,
    aliases: raw.aliases ?? [],
    ...(raw.description && { description: raw.description }),
  };
  if (raw.options && raw.range)
    return error(
      path,
      'has both options and range',
      'an issue is either a list of options or a numeric range: keep one',
    );
  if (raw.options) {
    const given = raw.options.map((o) => (typeof o === 'string' ? undefined : o.position));
    const some = given.some((p) => p !== undefined);
    if (some && given.some((p) => p === undefined)) {
      return error(
        [...path, 'options'],
        'some options have a position and others do not',
        'give every option a position, or none (they are then spaced evenly 0–100)',
      );
    }
    const n = raw.options.length;
    const options = raw.options.map((o, k) => {
      const opt = typeof o === 'string' ? { id: o } : o;
      return {
        id: opt.id,
        label: ('label' in opt && opt.label) || opt.id,
        ...('description' in opt && opt.description && { description: opt.description }),
        aliases: ('aliases' in opt && opt.aliases) || [],
        position: given[k] ?? (100 * k) / (n - 1),
      };
    });
    uniqueIds(
      options.map((o) => o.id),
      [...path, 'options'],
      `option of issue '${raw.id}'`,
      ctx,
    );
    return { kind: 'options', ...base, options };
  }
  if (raw.range) {
    const { min, max, step } = raw.range;
    if (!(min < max)) return error([...path, 'range'], `min (${min}) must be less than max (${max})`);
    const count = (max - min) / step;
    if (Math.abs(count - Math.round(count)) > 1e-9) {
      return error(
        [...path, 'range', 'step'],
        `max − min (${max - min}) is not a multiple of step (${step})`,
        'choose a step that divides the range, so that max is a level',
      );
    }
    if (Math.round(count) + 1 > MAX_RANGE_LEVELS) {
      return error(
        [...path, 'range', 'step'],
        `step ${step} makes ${Math.round(count) + 1} levels; at most ${MAX_RANGE_LEVELS} are allowed`,
        `use a step of at least ${(max - min) / (MAX_RANGE_LEVELS - 1)}`,
      );
    }
    const levels = Array.from({ length: Math.round(count) + 1 }, (_, k) => roundLevel(min + k * step));
    return { kind: 'range', ...base, min, max, step, unit: raw.range.unit ?? '', levels };
  }
  return error(
    path,
    `issue '${raw.id}' has neither options nor range`,
    'add `options: [a, b, …]` or `range: {min, max, step, unit}`',
  );
}

function roundLevel(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** Checks a value against an issue: an option id, or a level of a range. */
function checkValue(issueId: string, value: unknown, path: DocPath, ctx: Ctx): IssueValue | undefined {
  const issue = ctx.issues.get(issueId);
  const error = (message: string, hint?: string) => {
    ctx.problems.push({ path, message, hint, severity: 'error' });
    return undefined;
  };
  if (!issue) {
    const known = [...ctx.issues.keys()];
    const guess = closest(issueId, known);
    return error(
      `unknown issue '${issueId}'`,
      `${guess ? `did you mean '${guess}'? ` : ''}${knownList(known)}`,
    );
  }
  if (issue.kind === 'options') {
    const ids = issue.options.map((o) => o.id);
    if (typeof value !== 'string' || !ids.includes(value)) {
      const guess = typeof value === 'string' ? closest(value, ids) : undefined;
      return error(
        `'${String(value)}' is not an option of issue '${issueId}'`,
        `${guess ? `did you mean '${guess}'? ` : ''}${knownList(ids)}`,
      );
    }
    return value;
  }
  if (typeof value !== 'number')
    return error(
      `issue '${issueId}' is a range: give a number (${issue.min}–${issue.max} ${issue.unit})`.trim(),
      `got '${String(value)}'`,
    );
  if (value < issue.min || value > issue.max)
    return error(`${value} is outside the range of '${issueId}' (${issue.min}–${issue.max})`);
  const level = issue.levels.find((l) => Math.abs(l - value) < 1e-9);
  if (level === undefined) {
    return error(
      `${value} is not a level of '${issueId}' (from ${issue.min} in steps of ${issue.step})`,
      'round it to a level or make the step finer',
    );
  }
  return level;
}

function normalisePackage(raw: Record<string, unknown>, path: DocPath, ctx: Ctx): Package {
  const pkg: Package = {};
  for (const [issueId, value] of Object.entries(raw)) {
    const v = checkValue(issueId, value, [...path, issueId], ctx);
    if (v !== undefined) pkg[issueId] = v;
  }
  return pkg;
}

function normaliseStances(
  raw: Record<string, NonNullable<ScenarioDocument['parties'][number]['stances']>[string]>,
  path: DocPath,
  ctx: Ctx,
) {
  const stances: Record<string, Stance> = {};
  for (const [issueId, s] of Object.entries(raw)) {
    const at = [...path, issueId];
    if (!ctx.issues.has(issueId)) {
      checkValue(issueId, undefined, at, ctx);
      continue;
    }
    const ideal =
      s.ideal === undefined || s.ideal === null
        ? null
        : (checkValue(issueId, s.ideal, [...at, 'ideal'], ctx) ?? null);
    const utility: Record<string, number> = {};
    for (const [key, u] of Object.entries(s.utility ?? {})) {
      const issue = ctx.issues.get(issueId)!;
      const v = checkValue(issueId, issue.kind === 'range' ? Number(key) : key, [...at, 'utility', key], ctx);
      if (v !== undefined) utility[String(v)] = u;
    }
    if ((s.ideal ?? null) === null && Object.keys(s.utility ?? {}).length === 0 && (s.salience ?? 0) > 0) {
      ctx.problems.push({
        path: at,
        message: 'has a salience but neither an ideal nor utilities, so it has no effect',
        hint: 'add `ideal:` or `utility:`, or drop the stance',
        severity: 'warning',
      });
    }
    stances[issueId] = {
      ideal,
      salience: s.salience ?? 1,
      weight: 0,
      utility,
      ...(s.position_sd !== undefined && { position_sd: s.position_sd }),
      ...(s.note !== undefined && { note: s.note }),
      ...(s.evidence && { evidence: normaliseEvidence(s.evidence, [...at, 'evidence'], ctx) }),
    };
  }
  for (const issueId of ctx.issues.keys()) {
    stances[issueId] ??= { ideal: null, salience: 0, weight: 0, utility: {} };
  }
  return reweigh(stances);
}

/** Recomputes the normalised weights from the saliences (also after timeline changes). */
export function reweigh(stances: Record<string, Stance>): Record<string, Stance> {
  const total = Object.values(stances).reduce((sum, s) => sum + s.salience, 0);
  for (const s of Object.values(stances)) s.weight = total > 0 ? s.salience / total : 0;
  return stances;
}

function normaliseEvidence(raw: EvidenceDocument, path: DocPath, ctx: Ctx): Evidence {
  checkSource(raw.source, [...path, 'source'], ctx);
  return { ...raw };
}

function checkSource(id: string, path: DocPath, ctx: Ctx): void {
  if (!ctx.sourceIds.includes(id)) {
    const guess = closest(id, ctx.sourceIds);
    ctx.problems.push({
      path,
      message: `refers to unknown source '${id}'`,
      hint:
        ctx.sourceIds.length === 0
          ? 'add it to meta.sources (none are defined yet)'
          : `${guess ? `did you mean '${guess}'? ` : ''}add it to meta.sources, or use one of them; ${knownList(ctx.sourceIds)}`,
      severity: 'error',
    });
  }
}

function checkParty(id: string, path: DocPath, ctx: Ctx): boolean {
  if (ctx.partyIds.includes(id)) return true;
  const guess = closest(id, ctx.partyIds);
  ctx.problems.push({
    path,
    message: `refers to unknown party '${id}'`,
    hint: `${guess ? `did you mean '${guess}'? ` : ''}${knownList(ctx.partyIds)}`,
    severity: 'error',
  });
  return false;
}

export function normaliseConstraint(
  raw: ConstraintDocument,
  party: string,
  path: DocPath,
  ctx: Ctx,
): Constraint | undefined {
  const problems = ctx.problems;
  const error = (message: string, hint?: string) => {
    problems.push({ path, message, hint, severity: 'error' });
    return undefined;
  };
  const forms = (['forbid', 'require', 'if'] as const).filter((k) => raw[k] !== undefined);
  if (raw.then !== undefined && raw.if === undefined)
    return error(
      `constraint '${raw.id}' has 'then' without 'if'`,
      'add `if:` (the condition) or use `require:`',
    );
  if (raw.if !== undefined && raw.then === undefined)
    return error(
      `constraint '${raw.id}' has 'if' without 'then'`,
      'add `then:` (what must hold when the condition does)',
    );
  if (forms.length !== 1) {
    return error(
      forms.length === 0
        ? `constraint '${raw.id}' says nothing`
        : `constraint '${raw.id}' mixes ${forms.join(' and ')}`,
      'use exactly one of `forbid:`, `require:`, or `if:` with `then:`',
    );
  }
  if (raw.penalty !== undefined && raw.hard !== false) {
    return error(
      `constraint '${raw.id}' has a penalty but is hard`,
      'add `hard: false` to make it a soft constraint with that penalty, or drop `penalty`',
    );
  }
  const before = problems.length;
  const parse = (key: 'forbid' | 'require' | 'if' | 'then') =>
    parseExpr(raw[key], [...path, key], ctx.issues, problems);
  const form =
    forms[0] === 'if'
      ? (() => {
          const a = parse('if');
          const b = parse('then');
          return a && b ? ({ form: 'if', if: a, then: b } as const) : undefined;
        })()
      : (() => {
          const e = parse(forms[0]);
          return e ? ({ form: forms[0] as 'forbid' | 'require', expr: e } as const) : undefined;
        })();
  const evidence = raw.evidence ? normaliseEvidence(raw.evidence, [...path, 'evidence'], ctx) : undefined;
  if (!form || problems.length > before) return undefined;
  const hard = raw.hard ?? true;
  const constraint: Constraint = {
    ...form,
    id: raw.id,
    party,
    text: raw.text ?? '',
    hard,
    penalty: hard ? 0 : (raw.penalty ?? DEFAULT_SOFT_PENALTY),
    ...(evidence && { evidence }),
  };
  constraint.text ||= renderConstraintRule(constraint, ctx.issues);
  checkSatisfiable(constraint, path, ctx.issues, problems);
  return constraint;
}

function checkSatisfiable(c: Constraint, path: DocPath, issues: IssueIndex, problems: Problem[]): void {
  const count = countSatisfying(constraintExpr(c), issues);
  if (!count) return;
  if (count.holds === 0) {
    problems.push({
      path,
      message: `constraint '${c.id}' can never hold: no package satisfies "${renderConstraintRule(c, issues)}"`,
      hint:
        c.form === 'if'
          ? 'the `then` part contradicts itself or the `if` part always holds'
          : 'check the options it names',
      severity: 'error',
    });
  } else if (count.holds === count.total) {
    problems.push({
      path,
      message: `constraint '${c.id}' holds for every package, so it excludes nothing`,
      hint: 'check the options it names',
      severity: 'warning',
    });
  }
}

function normaliseNoAgreement(
  raw: NoAgreementDocument | undefined,
  statusQuo: Package | undefined,
  path: DocPath,
  ctx: Ctx,
): NoAgreement {
  if (raw === undefined) return { kind: 'value', value: 0 };
  if (typeof raw === 'number') return { kind: 'value', value: raw };
  if (typeof raw === 'object' && 'value' in raw) return { kind: 'value', value: raw.value };
  const pkgRaw = raw === 'status_quo' ? 'status_quo' : raw.package;
  let pkg: Package;
  if (pkgRaw === 'status_quo') {
    if (!statusQuo) {
      ctx.problems.push({
        path,
        message: 'refers to the status quo, but the scenario has no `status_quo`',
        hint: 'add a top-level `status_quo: {issue: option, …}` or give a number',
        severity: 'error',
      });
      return { kind: 'value', value: 0 };
    }
    pkg = statusQuo;
  } else pkg = normalisePackage(pkgRaw, [...path, 'package'], ctx);
  const missing = [...ctx.issues.keys()].filter((id) => !(id in pkg));
  if (missing.length > 0) {
    ctx.problems.push({
      path,
      message: `the no-agreement package leaves out ${missing.map((m) => `'${m}'`).join(', ')}`,
      hint: 'a package used as a no-agreement value must give a value for every issue',
      severity: 'error',
    });
  }
  return { kind: 'package', package: pkg };
}

function normaliseStrategy(
  raw: string | Record<string, unknown>,
  path: DocPath,
  ctx: Ctx,
): StrategySpec | undefined {
  try {
    return typeof raw === 'string' ? parseOneStrategy(raw, 'strategy') : checkStrategy(raw, 'strategy');
  } catch (e) {
    if (!(e instanceof StrategyError)) throw e;
    ctx.problems.push({ path, message: e.message.replace(/^strategy: /, ''), severity: 'error' });
    return undefined;
  }
}

function normaliseProposal(
  raw: NonNullable<ScenarioDocument['proposals']>[number],
  path: DocPath,
  ctx: Ctx,
): Proposal {
  const by = Array.isArray(raw.by) ? raw.by : [raw.by];
  by.forEach((p, k) => {
    checkParty(p, [...path, 'by', ...(Array.isArray(raw.by) ? [k] : [])], ctx);
  });
  return {
    id: raw.id,
    label: raw.label ?? raw.id,
    by,
    ...(raw.date && { date: raw.date }),
    package: normalisePackage(raw.package, [...path, 'package'], ctx),
    ...(raw.evidence && { evidence: normaliseEvidence(raw.evidence, [...path, 'evidence'], ctx) }),
  };
}

function normaliseConflict(
  raw: NonNullable<ScenarioDocument['conflict']>,
  path: DocPath,
  ctx: Ctx,
): Conflict | undefined {
  const before = ctx.problems.length;
  uniqueIds(
    raw.options.map((o) => o.id),
    [...path, 'options'],
    'conflict option',
    ctx,
  );
  const options: ConflictOption[] = raw.options.map((o, i) => {
    checkParty(o.party, [...path, 'options', i, 'party'], ctx);
    return { id: o.id, party: o.party, label: o.label ?? o.id, direction: o.direction ?? 'both' };
  });
  const ids = options.map((o) => o.id);
  const owners = [...new Set(options.map((o) => o.party))];
  const checkIds = (list: string[], at: DocPath) =>
    list.every((id, k) => {
      if (ids.includes(id)) return true;
      const guess = closest(id, ids);
      ctx.problems.push({
        path: [...at, k],
        message: `unknown conflict option '${id}'`,
        hint: `${guess ? `did you mean '${guess}'? ` : ''}${knownList(ids)}`,
        severity: 'error',
      });
      return false;
    });

  const infeasible: Condition[] = [];
  (raw.infeasible ?? []).forEach((text, i) => {
    const c = parseCondition(text, [...path, 'infeasible', i], ids, ctx.problems);
    if (c) infeasible.push(c);
  });
  (raw.mutually_exclusive ?? []).forEach((group, i) => {
    if (!checkIds(group, [...path, 'mutually_exclusive', i])) return;
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) infeasible.push({ [group[a]]: true, [group[b]]: true });
  });
  (raw.exactly_one ?? []).forEach((group, i) => {
    if (!checkIds(group, [...path, 'exactly_one', i])) return;
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) infeasible.push({ [group[a]]: true, [group[b]]: true });
    infeasible.push(Object.fromEntries(group.map((id) => [id, false])));
  });

  const preferences: Record<string, Preferences> = {};
  for (const [party, pref] of Object.entries(raw.preferences)) {
    const at = [...path, 'preferences', party];
    if (!checkParty(party, at, ctx)) continue;
    if (!owners.includes(party)) {
      ctx.problems.push({
        path: at,
        message: `party '${party}' controls no conflict option`,
        hint: `give it an option in conflict.options, or remove its preferences; decision makers: ${owners.join(', ')}`,
        severity: 'error',
      });
      continue;
    }
    if (Array.isArray(pref) || 'statements' in pref) {
      const list = Array.isArray(pref) ? pref : pref.statements;
      const statements = list.map((s, k) =>
        parseStatement(s, [...at, ...(Array.isArray(pref) ? [] : ['statements']), k], ids, ctx.problems),
      );
      if (statements.every((s) => s !== undefined)) preferences[party] = { kind: 'statements', statements };
    } else {
      const tiers = pref.ranking.map((tier) => (Array.isArray(tier) ? tier : [tier]));
      tiers.forEach((tier, t) => {
        tier.forEach((pattern, k) => {
          if (pattern.length !== ids.length || !/^[YN-]+$/.test(pattern)) {
            ctx.problems.push({
              path: [...at, 'ranking', t, ...(Array.isArray(pref.ranking[t]) ? [k] : [])],
              message: `state pattern '${pattern}' must have one Y, N or - per conflict option (${ids.length}: ${ids.join(', ')})`,
              severity: 'error',
            });
          }
        });
      });
      preferences[party] = { kind: 'ranking', tiers };
    }
  }
  for (const owner of owners) {
    if (!(owner in raw.preferences)) {
      ctx.problems.push({
        path: [...path, 'preferences'],
        message: `decision maker '${owner}' has no preferences`,
        hint: `add \`${owner}: [statements, most important first]\``,
        severity: 'error',
      });
    }
  }

  const misperceptions: Record<string, Condition[]> = {};
  for (const [party, list] of Object.entries(raw.misperceptions ?? {})) {
    if (!checkParty(party, [...path, 'misperceptions', party], ctx)) continue;
    misperceptions[party] = list
      .map((text, k) => parseCondition(text, [...path, 'misperceptions', party, k], ids, ctx.problems))
      .filter((c): c is Condition => c !== undefined);
  }
  const coalitions = raw.coalitions ?? [];
  coalitions.forEach((group, i) => {
    group.forEach((p, k) => {
      checkParty(p, [...path, 'coalitions', i, k], ctx);
    });
  });
  if (raw.status_quo) {
    if (checkIds(raw.status_quo, [...path, 'status_quo'])) {
      const taken = new Set(raw.status_quo);
      const hit = infeasible.find((c) => Object.entries(c).every(([id, t]) => taken.has(id) === t));
      if (hit)
        ctx.problems.push({
          path: [...path, 'status_quo'],
          message: 'the status-quo state is marked infeasible',
          hint: 'check conflict.infeasible and the exclusivity shorthands',
          severity: 'error',
        });
    }
  }
  if (ctx.problems.length > before && ctx.problems.slice(before).some((p) => p.severity === 'error'))
    return undefined;
  return {
    options,
    infeasible,
    preferences,
    misperceptions,
    coalitions,
    ...(raw.status_quo && { status_quo: raw.status_quo }),
  };
}

function normaliseEvents(raw: NonNullable<ScenarioDocument['events']>, ctx: Ctx): ScenarioEvent[] {
  // Default ids come from the date (a second event that day gets "-2"), so inserting an event
  // elsewhere in the timeline does not renumber the others.
  const perDate = new Map<string, number>();
  const ids = raw.map((e) => {
    const n = (perDate.get(e.date) ?? 0) + 1;
    perDate.set(e.date, n);
    return e.id ?? `ev-${e.date}${n > 1 ? `-${n}` : ''}`;
  });
  uniqueIds(ids, ['events'], 'event', ctx);
  return raw.map((e, i) => {
    const path: DocPath = ['events', i];
    if (i > 0 && e.date < raw[i - 1].date) {
      ctx.problems.push({
        path: [...path, 'date'],
        message: `${e.date} is earlier than the event before it (${raw[i - 1].date})`,
        hint: 'list events in date order, oldest first',
        severity: 'error',
      });
    }
    if (e.party) checkParty(e.party, [...path, 'party'], ctx);
    checkSource(e.source, [...path, 'source'], ctx);
    const changes = e.changes
      .map((c, k) => normaliseChange(c, e.party, [...path, 'changes', k], ctx))
      .filter((c): c is Change => c !== undefined);
    return {
      id: ids[i],
      date: e.date,
      ...(e.party && { party: e.party }),
      title: e.title,
      ...(e.summary && { summary: e.summary }),
      ...(e.quote && { quote: e.quote }),
      source: e.source,
      confidence: e.confidence ?? DEFAULT_EVENT_CONFIDENCE,
      changes,
    };
  });
}

function normaliseChange(
  raw: ChangeDocument,
  eventParty: string | undefined,
  path: DocPath,
  ctx: Ctx,
): Change | undefined {
  if (raw.op === 'set_status_quo') {
    const value = checkValue(raw.issue, raw.value, [...path, 'value'], ctx);
    return value === undefined ? undefined : { op: raw.op, issue: raw.issue, value };
  }
  if (raw.op === 'add_proposal')
    return { op: raw.op, proposal: normaliseProposal(raw.proposal, [...path, 'proposal'], ctx) };
  const party = raw.party ?? eventParty;
  if (!party) {
    ctx.problems.push({
      path,
      message: `change '${raw.op}' does not say which party it concerns`,
      hint: 'add `party:` to the change or to its event',
      severity: 'error',
    });
    return undefined;
  }
  if (!checkParty(party, [...path, raw.party ? 'party' : 'op'], ctx)) return undefined;
  switch (raw.op) {
    case 'set_ideal': {
      if (raw.ideal === null) return { op: raw.op, party, issue: raw.issue, ideal: null };
      const ideal = checkValue(raw.issue, raw.ideal, [...path, 'ideal'], ctx);
      return ideal === undefined ? undefined : { op: raw.op, party, issue: raw.issue, ideal };
    }
    case 'set_salience':
      return checkValue(raw.issue, firstValue(raw.issue, ctx), [...path, 'issue'], ctx) === undefined
        ? undefined
        : { op: raw.op, party, issue: raw.issue, salience: raw.salience };
    case 'set_utility': {
      const value = checkValue(raw.issue, raw.value, [...path, 'value'], ctx);
      return value === undefined
        ? undefined
        : { op: raw.op, party, issue: raw.issue, value: String(value), utility: raw.utility };
    }
    case 'set_power':
      return { op: raw.op, party, power: raw.power };
    case 'set_no_agreement':
      return {
        op: raw.op,
        party,
        no_agreement: normaliseNoAgreement(raw.no_agreement, ctx.statusQuo, [...path, 'no_agreement'], ctx),
      };
    case 'add_constraint': {
      const constraint = normaliseConstraint(raw.constraint, party, [...path, 'constraint'], ctx);
      return constraint && { op: raw.op, party, constraint };
    }
    case 'drop_constraint':
      return { op: raw.op, party, id: raw.id };
  }
}

/** Any valid value of an issue, to reuse checkValue's "unknown issue" message. */
function firstValue(issueId: string, ctx: Ctx): IssueValue | undefined {
  const issue = ctx.issues.get(issueId);
  if (!issue) return undefined;
  return issue.kind === 'options' ? issue.options[0].id : issue.levels[0];
}
