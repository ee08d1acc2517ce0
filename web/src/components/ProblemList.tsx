// The validation problems beside the editor: each with a button that jumps to its line.
import type { Problem } from '../types';

export function ProblemList({
  problems,
  goTo,
}: {
  problems: Problem[] | null;
  goTo: (line: number, column: number) => void;
}) {
  if (problems === null) return <p className="muted">Checking…</p>;
  if (problems.length === 0)
    return (
      <p className="ok" data-testid="valid">
        Valid scenario.
      </p>
    );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <>
      <p className={errors ? 'error' : 'muted'}>
        {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
      </p>
      <ul className="problems" data-testid="problems">
        {problems.map((p) => (
          <li key={p.formatted} className={p.severity}>
            <button type="button" className="link" onClick={() => goTo(p.line ?? 1, p.column ?? 1)}>
              line {p.line ?? '?'}
              {p.column ? `:${p.column}` : ''}
            </button>{' '}
            <code>{p.formatted.split('\n')[0].replace(/^\S+\s+/, '')}</code>
            {p.hint && <div className="muted small">{p.hint}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
