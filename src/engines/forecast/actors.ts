// From a scenario to the forecast models' actors: each party (and any extra actor) with power,
// and per issue a position on the issue's 0–100 axis, a salience, an uncertainty and whether it
// takes part at all (a party whose ideal is null does not).
import { UserError } from '../../model/errors.js';
import type { Issue, IssueValue, Scenario } from '../../model/types.js';

/**
 * An actor that is not a party of the scenario (a domestic constituency, an outside power). Its
 * stance per issue gives `value` (an option id or range level) or `position` (0–100 axis).
 */
export interface ExtraActor {
  id: string;
  name: string;
  power: number;
  stances: Record<string, { value?: IssueValue; position?: number; salience: number; position_sd?: number }>;
}

export interface ActorTable {
  actors: { id: string; name: string; power: number; extra: boolean }[];
  issues: Issue[];
  /** n × m (actor-major): ideal on the issue's 0–100 axis (NaN where the actor takes no part). */
  position: Float64Array;
  /** n × m: the same on [0,1], computed directly from the value so imported KTAB data stays exact. */
  unit: Float64Array;
  /** n × m: salience as written (0–1). */
  salience: Float64Array;
  /** n × m: standard deviation of the position, axis units (0 when not given). */
  sd: Float64Array;
  /** n × m: 1 where the actor takes part in the issue. */
  active: Uint8Array;
}

export class ForecastInputError extends UserError {
  override name = 'ForecastInputError';
}

/** Axis position (0–100) of a value of an issue. */
export function axisPosition(issue: Issue, value: IssueValue): number {
  if (issue.kind === 'options') {
    const o = issue.options.find((op) => op.id === value);
    if (!o)
      throw new ForecastInputError(
        `issue "${issue.id}": "${value}" is not one of its options (${issue.options.map((x) => x.id).join(', ')})`,
      );
    return o.position;
  }
  if (typeof value !== 'number')
    throw new ForecastInputError(`issue "${issue.id}": value "${value}" must be a number`);
  return issue.max === issue.min ? 50 : (100 * (value - issue.min)) / (issue.max - issue.min);
}

export interface NearestOption {
  /** Option id (option issues) or range level (range issues). */
  value: IssueValue;
  label: string;
  /** Its axis position (0–100). */
  position: number;
}

/** The option (or range level) of an issue nearest an axis position; ties go to the first. */
export function nearestOption(issue: Issue, axis: number): NearestOption {
  if (issue.kind === 'options') {
    let best = issue.options[0];
    for (const o of issue.options) if (Math.abs(o.position - axis) < Math.abs(best.position - axis)) best = o;
    return { value: best.id, label: best.label, position: best.position };
  }
  const raw = issue.min + ((issue.max - issue.min) * axis) / 100;
  let best = issue.levels[0] ?? issue.min;
  // levels are ascending: binary search for the nearest
  let lo = 0;
  let hi = issue.levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (issue.levels[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  for (const k of [lo - 1, lo]) {
    const v = issue.levels[k];
    if (v !== undefined && Math.abs(v - raw) < Math.abs(best - raw)) best = v;
  }
  const unit = issue.unit ? ` ${issue.unit}` : '';
  return { value: best, label: `${best}${unit}`, position: axisPosition(issue, best) };
}

/** Builds the actor table; throws ForecastInputError on unknown issues or bad values. */
export function actorsFromScenario(scenario: Scenario, extra: readonly ExtraActor[] = []): ActorTable {
  const issues = scenario.issues;
  const m = issues.length;
  if (m === 0) throw new ForecastInputError('the scenario has no issues to forecast');
  const actors = [
    ...scenario.parties.map((p) => ({ id: p.id, name: p.name, power: p.power, extra: false })),
    ...extra.map((e) => ({ id: e.id, name: e.name, power: e.power, extra: true })),
  ];
  const ids = new Set<string>();
  for (const a of actors) {
    if (ids.has(a.id))
      throw new ForecastInputError(`actor id "${a.id}" is used twice (extra actors need ids of their own)`);
    ids.add(a.id);
    if (!(a.power >= 0)) throw new ForecastInputError(`actor "${a.id}": power must be ≥ 0, not ${a.power}`);
  }
  for (const e of extra)
    for (const iid of Object.keys(e.stances))
      if (!issues.some((is) => is.id === iid))
        throw new ForecastInputError(`extra actor "${e.id}": unknown issue "${iid}"`);
  const n = actors.length;
  const position = new Float64Array(n * m).fill(Number.NaN);
  const unit = new Float64Array(n * m).fill(Number.NaN);
  const salience = new Float64Array(n * m);
  const sd = new Float64Array(n * m);
  const active = new Uint8Array(n * m);
  const put = (i: number, k: number, pos: number, sal: number, s?: number, u = pos / 100): void => {
    if (!Number.isFinite(pos)) return;
    position[i * m + k] = pos;
    unit[i * m + k] = u;
    salience[i * m + k] = Math.max(0, sal);
    sd[i * m + k] = s !== undefined && s > 0 ? s : 0;
    active[i * m + k] = 1;
  };
  scenario.parties.forEach((p, i) => {
    issues.forEach((is, k) => {
      const st = p.stances[is.id];
      if (!st || st.ideal === null) return;
      const u =
        is.kind === 'range' && typeof st.ideal === 'number' && is.max !== is.min
          ? (st.ideal - is.min) / (is.max - is.min)
          : undefined;
      put(i, k, axisPosition(is, st.ideal), st.salience, st.position_sd, u);
    });
  });
  extra.forEach((e, x) => {
    const i = scenario.parties.length + x;
    issues.forEach((is, k) => {
      const st = e.stances[is.id];
      if (!st) return;
      const pos = st.position ?? (st.value !== undefined ? axisPosition(is, st.value) : Number.NaN);
      if (!Number.isFinite(pos))
        throw new ForecastInputError(`extra actor "${e.id}", issue "${is.id}": give a value or a position`);
      put(i, k, pos, st.salience, st.position_sd);
    });
  });
  return { actors, issues, position, unit, salience, sd, active };
}
