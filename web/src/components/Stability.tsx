// GMCR stability: the feasible states with, for one stability concept, which decision makers
// each state is stable for and which are equilibria; and the moves from the status quo.
import { useId, useMemo, useState } from 'react';
import type { StabilityResult } from '../types';

const LABELS: Record<string, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
  seqsim: 'SEQ&SIM',
};

export function StabilityView({ result }: { result: StabilityResult }) {
  const [concept, setConcept] = useState<string>(
    result.concepts.includes('seq') ? 'seq' : result.concepts[0],
  );
  return (
    <>
      <StabilityTable result={result} concept={concept} setConcept={setConcept} />
      <h3>Moves from the status quo</h3>
      <MovesGraph result={result} concept={concept} />
    </>
  );
}

function StabilityTable({
  result,
  concept,
  setConcept,
}: {
  result: StabilityResult;
  concept: string;
  setConcept: (c: string) => void;
}) {
  const [onlyEq, setOnlyEq] = useState(result.states.length > 32);
  const ids = { c: useId(), e: useId() };
  const r = result.results.find((x) => x.concept === concept)!;
  const stable = useMemo(
    () => Object.fromEntries(Object.entries(r.stableFor).map(([dm, codes]) => [dm, new Set(codes)])),
    [r],
  );
  const eq = new Set(r.equilibria);
  const sq = result.statusQuo?.state;
  const rows = result.states.filter((s) => !onlyEq || eq.has(s.code) || s.code === sq);
  return (
    <div>
      <div className="controls">
        <label htmlFor={ids.c}>Stability concept</label>
        <select id={ids.c} value={concept} onChange={(e) => setConcept(e.target.value)}>
          {result.concepts.map((c) => (
            <option key={c} value={c}>
              {LABELS[c] ?? c}
            </option>
          ))}
        </select>
        <input id={ids.e} type="checkbox" checked={onlyEq} onChange={(e) => setOnlyEq(e.target.checked)} />
        <label htmlFor={ids.e}>Only equilibria and the status quo</label>
        <span className="muted small">
          {r.equilibria.length} equilibri{r.equilibria.length === 1 ? 'um' : 'a'} of {result.states.length}{' '}
          states
        </span>
      </div>
      <div className="table-wrap tall">
        <table className="states">
          <caption className="sr-only">
            States and their stability for each decision maker under {LABELS[concept]}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {result.options.map((o) => (
                <th scope="col" key={o.id} title={`${o.party}: ${o.label}`} className="opt">
                  {o.id.replace(/_/g, ' ')}
                </th>
              ))}
              {result.dms.map((d) => (
                <th scope="col" key={d.id}>
                  {d.name}
                </th>
              ))}
              <th scope="col">Equilibrium</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.code} className={eq.has(s.code) ? 'eq' : undefined}>
                <th scope="row">
                  {s.ordinal}
                  {s.code === sq && <span className="tag grey">status quo</span>}
                </th>
                {[...s.pattern].map((ch, k) => (
                  <td key={result.options[k].id} className={ch === 'Y' ? 'yes' : 'no'}>
                    {ch}
                  </td>
                ))}
                {result.dms.map((d) => (
                  <td key={d.id}>{stable[d.id]?.has(s.code) ? '✓' : ''}</td>
                ))}
                <td>{eq.has(s.code) ? '★' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Y/N: option taken or not (hover a column for the option). ✓: stable for that decision maker. ★: stable
        for all.
      </p>
    </div>
  );
}

/**
 * Every state one decision maker can reach from the status quo by changing its own options
 * (respecting irreversible options), with the unilateral improvements marked, then the shortest
 * improvement paths onward to equilibria; laid out in layers by number of moves.
 */
function MovesGraph({ result, concept }: { result: StabilityResult; concept: string }) {
  const sqa = result.statusQuo;
  if (!sqa) return <p className="muted">The conflict has no status quo: no moves to show.</p>;
  const byCode = new Map(result.states.map((s) => [s.code, s]));
  const dmOfParty = new Map<string, string>();
  for (const d of result.dms) for (const m of d.members) dmOfParty.set(m, d.id);
  const sq = sqa.state;
  const eq = new Set(result.results.find((r) => r.concept === concept)?.equilibria ?? []);
  const improvements = new Map<string, Set<number>>(); // dm → states it improves to from the status quo
  for (const e of result.explanations ?? []) {
    if (e.state === sq && e.concept === 'nash')
      improvements.set(e.dm, new Set(e.improvements.map((i) => i.to)));
  }
  type Edge = { from: number; to: number; by: string; improves: boolean };
  const edges = new Map<string, Edge>();
  const layerOf = new Map<number, number>([[sq, 0]]);
  for (const t of result.states) {
    if (t.code === sq) continue;
    const diff = sq ^ t.code;
    const movers = new Set<string>();
    let legal = true;
    result.options.forEach((o, k) => {
      if (!(diff & (1 << k))) return;
      movers.add(dmOfParty.get(o.party) ?? o.party);
      const taking = (t.code & (1 << k)) !== 0;
      if ((o.direction === 'fwd' && !taking) || (o.direction === 'back' && taking)) legal = false;
    });
    if (!legal || movers.size !== 1) continue;
    const by = [...movers][0];
    layerOf.set(t.code, 1);
    edges.set(`${sq}-${t.code}-${by}`, {
      from: sq,
      to: t.code,
      by,
      improves: improvements.get(by)?.has(t.code) ?? false,
    });
  }
  for (const p of sqa.paths) {
    p.steps.forEach((st, k) => {
      if (!layerOf.has(st.to) || layerOf.get(st.to)! > k + 1) layerOf.set(st.to, k + 1);
      edges.set(`${st.from}-${st.to}-${st.by}`, { ...st, improves: true });
    });
  }
  const layers: number[][] = [];
  for (const [code, l] of layerOf) (layers[l] ??= []).push(code);
  layers.forEach((l) => {
    l.sort((a, b) => a - b);
  });
  const colW = 330;
  const rowH = 46;
  const width = Math.max(1, layers.length) * colW + 60;
  const height = Math.max(...layers.map((l) => l.length), 1) * rowH + 30;
  const pos = new Map<number, { x: number; y: number }>();
  layers.forEach((l, i) => {
    l.forEach((code, j) => {
      pos.set(code, { x: 40 + i * colW, y: 30 + j * rowH + (height - 30 - l.length * rowH) / 2 });
    });
  });
  const dmName = (id: string) => result.dms.find((d) => d.id === id)?.name ?? id;
  const whyStable = (result.explanations ?? []).filter((e) => e.state === sq && e.concept === concept);
  return (
    <figure>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Moves from the status quo: ${edges.size} moves, ${sqa.paths.length} shortest paths to equilibria`}
        className="graph"
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#666" />
          </marker>
        </defs>
        {[...edges.values()].map((e) => {
          const a = pos.get(e.from);
          const b = pos.get(e.to);
          if (!a || !b) return null;
          return (
            <g key={`${e.from}-${e.to}-${e.by}`}>
              <line
                x1={a.x + 14}
                y1={a.y}
                x2={b.x - 16}
                y2={b.y}
                stroke={e.improves ? '#1f7a3a' : '#aaa'}
                strokeWidth={e.improves ? 2 : 1}
                strokeDasharray={e.improves ? undefined : '4,3'}
                markerEnd="url(#arrow)"
              />
              <text x={b.x - 24} y={b.y - 6} fontSize="10" textAnchor="end" fill="#444">
                {dmName(e.by)}
              </text>
            </g>
          );
        })}
        {[...pos].map(([code, p]) => (
          <g key={code}>
            <title>{`#${byCode.get(code)?.ordinal}: ${byCode.get(code)?.label}`}</title>
            <circle cx={p.x} cy={p.y} r={14} fill={code === sq ? '#e8e8e8' : '#fff'} stroke="#333" />
            {eq.has(code) && <circle cx={p.x} cy={p.y} r={18} fill="none" stroke="#3ca951" strokeWidth={2} />}
            <text x={p.x} y={p.y + 4} fontSize="11" textAnchor="middle">
              {byCode.get(code)?.ordinal}
            </text>
            {code !== sq && (
              <text x={p.x + 22} y={p.y + 4} fontSize="10" fill="#555">
                {(byCode.get(code)?.label ?? '').slice(0, 48)}
                {(byCode.get(code)?.label.length ?? 0) > 48 ? '…' : ''}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="muted small">
        Grey node: the status quo (#{byCode.get(sq)?.ordinal}); each arrow is one decision maker's move; solid
        green: a move that improves its mover's position, dashed: one that does not. Green rings: equilibria
        under {LABELS[concept] ?? concept}.
        {sqa.omitted > 0 && ` ${sqa.omitted} more reachable equilibria not drawn.`}
        {sqa.unreachable.length > 0 &&
          ` ${sqa.unreachable.length} equilibria cannot be reached by improvements.`}
      </figcaption>
      {whyStable.length > 0 && (
        <ul className="small">
          {whyStable.map((e) => (
            <li key={e.dm}>{e.text}</li>
          ))}
        </ul>
      )}
      {sqa.paths.some((p) => p.steps.length > 0) && (
        <ul className="small">
          {sqa.paths
            .filter((p) => p.steps.length > 0)
            .slice(0, 8)
            .map((p) => (
              <li key={`${p.to}-${p.steps.map((s) => s.by).join()}`}>
                to #{byCode.get(p.to)?.ordinal} ({p.equilibriumUnder.map((c) => LABELS[c] ?? c).join(', ')}):{' '}
                {p.steps.map((s) => dmName(s.by)).join(' → ')} — {byCode.get(p.to)?.label}
              </li>
            ))}
        </ul>
      )}
    </figure>
  );
}
