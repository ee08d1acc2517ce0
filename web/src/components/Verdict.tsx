// Deal or no deal, and why: the size of the ZOPA, the sets of constraints that clash, and the
// cheapest concessions that would open a deal.
import type { SpaceAnalysis } from '../types';

const fmt = (s: string | null) => (s === null ? '?' : BigInt(s).toLocaleString('en'));

function Concession({ c }: { c: NonNullable<SpaceAnalysis['conflicts']>['concessions'][number] }) {
  return (
    <li>
      {c.sentence}
      {c.best && (
        <details className="muted small">
          <summary>Best package then</summary>
          {c.best.package.map((p) => `${p.issueName}: ${p.label}`).join('; ')}
        </details>
      )}
    </li>
  );
}

export function Verdict({ space }: { space: SpaceAnalysis }) {
  const deal = space.verdict === 'deal';
  const z = space.zopa;
  const count = z.exact ? fmt(z.count) : `between ${fmt(z.lower)} and ${fmt(z.upper)}`;
  return (
    <div className="verdict-body">
      <p className={`verdict ${deal ? 'deal' : 'nodeal'}`} data-testid="verdict">
        {deal ? 'Deal possible' : 'No deal'}
      </p>
      <p>
        {deal
          ? `${count} of ${fmt(space.outcomes)} packages are acceptable to every principal (their red lines and walk-away values).`
          : `No package of the ${fmt(space.outcomes)} is acceptable to every principal; ${fmt(space.feasible)} meet every principal's red lines.`}
      </p>
      {space.conflicts && space.conflicts.sets.length > 0 && (
        <div data-testid="conflicts">
          <h3>What blocks a deal</h3>
          <ul>
            {space.conflicts.sets.map((s) => (
              <li key={s.sentence}>{s.sentence}</li>
            ))}
          </ul>
        </div>
      )}
      {space.conflicts && space.conflicts.concessions.length > 0 && (
        <div data-testid="concessions">
          <h3>Cheapest concessions</h3>
          <ol>
            {space.conflicts.concessions.slice(0, 3).map((c) => (
              <Concession key={c.sentence} c={c} />
            ))}
          </ol>
          {space.conflicts.concessions.length > 3 && (
            <details>
              <summary>{space.conflicts.concessions.length - 3} more</summary>
              <ol start={4}>
                {space.conflicts.concessions.slice(3).map((c) => (
                  <Concession key={c.sentence} c={c} />
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
      {space.notes.length > 0 && (
        <ul className="muted small">
          {space.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
