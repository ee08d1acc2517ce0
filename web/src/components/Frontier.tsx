// The Pareto frontier of the ZOPA for a pair of principals, with the bargaining solutions marked
// and each party's walk-away value as a line. Without a deal, the nearest packages are shown.
import * as Plot from '@observablehq/plot';
import { useId, useMemo, useState } from 'react';
import type { SpaceAnalysis } from '../types';
import { PlotFigure } from './PlotFigure';

export function Frontier({ space }: { space: SpaceAnalysis }) {
  const principals = space.frontier.parties;
  const names = Object.fromEntries(space.parties.map((p) => [p.id, p.name]));
  const [xp, setX] = useState(principals[0]);
  const [yp, setY] = useState(principals[1] ?? principals[0]);
  const ids = { x: useId(), y: useId() };
  const options = useMemo(() => {
    const xi = principals.indexOf(xp);
    const yi = principals.indexOf(yp);
    const pts = space.zopaFrontier.points.map((p) => ({
      x: p.utilities[xi],
      y: p.utilities[yi],
      what: p.package.map((v) => `${v.issueName}: ${v.label}`).join('\n'),
    }));
    const uOf = (us: { party: string; utility: number }[], id: string) =>
      us.find((u) => u.party === id)?.utility ?? 0;
    // Solutions often coincide: one mark and one label per distinct point.
    const byPoint = new Map<string, { x: number; y: number; names: string[] }>();
    for (const s of space.solutions) {
      const x = uOf(s.utilities, xp);
      const y = uOf(s.utilities, yp);
      const key = `${x.toFixed(4)},${y.toFixed(4)}`;
      const at = byPoint.get(key) ?? { x, y, names: [] };
      at.names.push(shortTitle(s.title));
      byPoint.set(key, at);
    }
    const sols = [...byPoint.values()].map((p) => ({ ...p, name: p.names.join(', ') }));
    const near = space.nearest.map((n) => ({
      x: uOf(n.utilities, xp),
      y: uOf(n.utilities, yp),
      what: n.violates.map((v) => v.text).join('; '),
    }));
    const na = (id: string) => space.parties.find((p) => p.id === id)?.noAgreement ?? 0;
    // Zoom on what there is to see (points and walk-away values), within 0–1.
    const extent = (vals: number[]) => {
      const lo = Math.min(...vals);
      const hi = Math.max(...vals);
      const pad = Math.max(0.05, (hi - lo) * 0.15);
      return [Math.max(0, lo - pad), Math.min(1, hi + pad)];
    };
    const xs = [na(xp), ...pts.map((p) => p.x), ...sols.map((p) => p.x), ...near.map((p) => p.x)];
    const ys = [na(yp), ...pts.map((p) => p.y), ...sols.map((p) => p.y), ...near.map((p) => p.y)];
    return {
      height: 360,
      width: 640,
      marginRight: 30,
      grid: true,
      x: { domain: extent(xs), label: `${names[xp]}'s utility →` },
      y: { domain: extent(ys), label: `↑ ${names[yp]}'s utility` },
      marks: [
        Plot.ruleX([na(xp)], { stroke: '#999', strokeDasharray: '4,3' }),
        Plot.ruleY([na(yp)], { stroke: '#999', strokeDasharray: '4,3' }),
        Plot.dot(pts, { x: 'x', y: 'y', r: 3.5, fill: '#4269d0', title: 'what' }),
        Plot.dot(near, { x: 'x', y: 'y', r: 5, stroke: '#b5121b', strokeWidth: 1.5, title: 'what' }),
        Plot.dot(sols, { x: 'x', y: 'y', r: 7, stroke: '#111', strokeWidth: 1.5, symbol: 'star' }),
        Plot.text(sols, { x: 'x', y: 'y', text: 'name', dy: -12, fontSize: 11, lineWidth: 16 }),
      ],
    } satisfies Plot.PlotOptions;
  }, [space, xp, yp, principals, names]);
  if (principals.length < 2) return <p className="muted">The frontier needs two principals.</p>;
  return (
    <div>
      <div className="controls">
        <label htmlFor={ids.x}>Horizontal</label>
        <select id={ids.x} value={xp} onChange={(e) => setX(e.target.value)}>
          {principals.map((p) => (
            <option key={p} value={p}>
              {names[p]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.y}>Vertical</label>
        <select id={ids.y} value={yp} onChange={(e) => setY(e.target.value)}>
          {principals.map((p) => (
            <option key={p} value={p}>
              {names[p]}
            </option>
          ))}
        </select>
      </div>
      <PlotFigure options={options} label={`Pareto frontier: ${names[xp]} against ${names[yp]}`} />
      <p className="muted small">
        {space.zopaFrontier.vectors > 0
          ? `Blue: the ${space.zopaFrontier.vectors} efficient utility vectors of the acceptable packages (${space.zopaFrontier.packages} packages; ${space.zopaFrontier.listed} plotted); stars: the bargaining solutions. Dashed: walk-away values.`
          : 'No deal: no frontier. Red circles are the nearest packages, each breaking at least one red line. Dashed: walk-away values.'}
      </p>
    </div>
  );
}

/** "Nash bargaining (max product of gains)" → "Nash bargaining". */
function shortTitle(title: string): string {
  return title.replace(/\s*\(.*\)\s*$/, '');
}

export function SolutionsTable({ space }: { space: SpaceAnalysis }) {
  if (space.solutions.length === 0)
    return <p className="muted">No bargaining solution: there is no package every principal accepts.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">Bargaining solutions spelled out issue by issue</caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            {space.solutions.map((s) => (
              <th scope="col" key={s.name} title={s.title}>
                {shortTitle(s.title)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {space.issues.map((issue) => (
            <tr key={issue.id}>
              <th scope="row">{issue.name}</th>
              {space.solutions.map((s) => (
                <td key={s.name}>{s.package.find((p) => p.issue === issue.id)?.label ?? '—'}</td>
              ))}
            </tr>
          ))}
          {space.frontier.parties.map((pid) => (
            <tr key={pid} className="util-row">
              <th scope="row">utility: {space.parties.find((p) => p.id === pid)?.name}</th>
              {space.solutions.map((s) => (
                <td key={s.name}>{s.utilities.find((u) => u.party === pid)?.utility.toFixed(3)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
