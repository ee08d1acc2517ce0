// Scenario → GeniusWeb JSON (a domain and one LinearAdditiveUtilitySpace profile per party).
// Issues are keyed by name, values by label (range levels as strings). A walk-away package
// becomes the reservationBid; what GeniusWeb cannot hold is listed in `warnings`.
import { compileSpace, stanceUtilities } from '../../engines/space/compile.js';
import type { Issue, Scenario } from '../../model/types.js';

export interface GeniusWebExport {
  domain: string;
  profiles: { name: string; json: string }[];
  warnings: string[];
}

function labels(issue: Issue): string[] {
  return issue.kind === 'options' ? issue.options.map((o) => o.label) : issue.levels.map(String);
}

function labelOf(issue: Issue, v: string | number): string | undefined {
  if (issue.kind === 'options') return issue.options.find((o) => o.id === v)?.label;
  return issue.levels.some((l) => l === Number(v)) ? String(Number(v)) : undefined;
}

export function exportGeniusWeb(s: Scenario): GeniusWebExport {
  const warnings: string[] = [];
  const space = compileSpace(s);
  const domain = {
    name: s.meta.id,
    issuesValues: Object.fromEntries(s.issues.map((issue) => [issue.name, { values: labels(issue) }])),
  };
  const profiles = s.parties.map((p, pi) => {
    const issueUtilities = Object.fromEntries(
      s.issues.map((issue) => {
        const { utils } = stanceUtilities(issue, p.stances[issue.id]);
        const valueUtilities = Object.fromEntries(labels(issue).map((l, j) => [l, utils[j]]));
        return [issue.name, { DiscreteValueSetUtilities: { valueUtilities } }];
      }),
    );
    const total = space.weights[pi].reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-9) {
      warnings.push(`${p.name}: issue weights sum to ${total}; GeniusWeb needs 1, so they were rescaled`);
    }
    const issueWeights = Object.fromEntries(
      s.issues.map((issue, k) => [
        issue.name,
        total > 0 ? space.weights[pi][k] / total : 1 / s.issues.length,
      ]),
    );
    const profile: Record<string, unknown> = { name: p.id, issueUtilities, issueWeights, domain };
    const na = p.no_agreement;
    if (na.kind === 'package') {
      const full = { ...(s.status_quo ?? {}), ...na.package };
      const issuevalues: Record<string, string> = {};
      for (const issue of s.issues) {
        const v = full[issue.id];
        const l = v === undefined ? undefined : labelOf(issue, v);
        if (l !== undefined) issuevalues[issue.name] = l;
      }
      if (Object.keys(issuevalues).length < s.issues.length) {
        warnings.push(
          `${p.name}: the walk-away package leaves issues open; GeniusWeb scores a partial reservation bid differently`,
        );
      }
      profile.reservationBid = { issuevalues };
    } else if (na.value !== 0) {
      warnings.push(
        `${p.name}: a walk-away value (${na.value}) has no GeniusWeb equivalent (only a reservation bid); it was left out`,
      );
    }
    if (p.constraints.length > 0) {
      warnings.push(
        `${p.name}: ${p.constraints.length} constraint(s) have no GeniusWeb equivalent and were left out`,
      );
    }
    return {
      name: `${p.id}.json`,
      json: `${JSON.stringify({ LinearAdditiveUtilitySpace: profile }, null, 2)}\n`,
    };
  });
  return { domain: `${JSON.stringify(domain, null, 2)}\n`, profiles, warnings };
}
