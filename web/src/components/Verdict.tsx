// Deal or no deal, and why: the size of the ZOPA, the sets of constraints that clash, and the
// cheapest concessions that would open a deal.
import type { SpaceAnalysis } from '../types';

const fmt = (s: string | null) => (s === null ? '?' : BigInt(s).toLocaleString('en'));

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
            {space.conflicts.concessions.slice(0, 6).map((c) => (
              <li key={c.sentence}>
                {c.sentence}
                {c.best && (
                  <div className="muted small">
                    Best package then:{' '}
                    {c.best.package.map((p) => `${p.issueName}: ${p.label}`).join('; ')}
                  </div>
                )}
              </li>
            ))}
          </ol>
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
