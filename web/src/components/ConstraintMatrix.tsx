// Issues × parties: which red lines (forbid / require) and conditional concessions (if … then …)
// each party holds on each issue, with the sentences below.
import { constraintIssues } from '../model';
import type { Scenario } from '../types';

export function ConstraintMatrix({ scenario }: { scenario: Scenario }) {
  const withAny = scenario.parties.filter((p) => p.constraints.length > 0);
  if (withAny.length === 0) return <p className="muted">No party has red lines or conditional offers.</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="matrix">
          <caption className="sr-only">Red lines and conditional concessions by issue and party</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              {scenario.parties.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenario.issues.map((issue) => (
              <tr key={issue.id}>
                <th scope="row">{issue.name}</th>
                {scenario.parties.map((p) => {
                  const cs = p.constraints.filter((c) => constraintIssues(c).has(issue.id));
                  const red = cs.filter((c) => c.form !== 'if' && c.hard);
                  const cond = cs.filter((c) => c.form === 'if');
                  const soft = cs.filter((c) => c.form !== 'if' && !c.hard);
                  const title = cs
                    .map(
                      (c) => `${c.form === 'if' ? 'conditional' : c.hard ? 'red line' : 'soft'}: ${c.text}`,
                    )
                    .join('\n');
                  return (
                    <td key={p.id} title={title || undefined}>
                      {red.length > 0 && (
                        <span className="tag red">
                          <span aria-hidden="true">■</span> {red.length}
                          <span className="sr-only"> red line{red.length > 1 ? 's' : ''}</span>
                        </span>
                      )}
                      {cond.length > 0 && (
                        <span className="tag amber">
                          <span aria-hidden="true">⇄</span> {cond.length}
                          <span className="sr-only"> conditional</span>
                        </span>
                      )}
                      {soft.length > 0 && (
                        <span className="tag grey">
                          <span aria-hidden="true">○</span> {soft.length}
                          <span className="sr-only"> soft</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        ■ red line (hard forbid/require) · ⇄ conditional concession (if … then …) · ○ soft constraint
      </p>
      <details>
        <summary>All {withAny.reduce((n, p) => n + p.constraints.length, 0)} constraints in words</summary>
        <ul className="constraint-list">
          {withAny.flatMap((p) =>
            p.constraints.map((c) => (
              <li key={`${p.id}-${c.id}`}>
                <span className={`tag ${c.form === 'if' ? 'amber' : c.hard ? 'red' : 'grey'}`}>
                  {c.form === 'if' ? 'conditional' : c.hard ? 'red line' : 'soft'}
                </span>{' '}
                <strong>{p.name}</strong>: {c.text} <code className="muted">{c.id}</code>
              </li>
            )),
          )}
        </ul>
      </details>
    </>
  );
}
