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
    const uOf = (us: { party: string; utility: number }[], id: string) => us.find((u) => u.party === id)?.utility ?? 0;
    const sols = space.solutions.map((s) => ({ x: uOf(s.utilities, xp), y: uOf(s.utilities, yp), name: s.title }));
    const near = space.nearest.map((n) => ({ x: uOf(n.utilities, xp), y: uOf(n.utilities, yp), what: n.violates.map((v) => v.text).join('; ') }));
    const na = (id: string) => space.parties.find((p) => p.id === id)?.noAgreement ?? 0;
    return {
      height: 340,
      width: 520,
      grid: true,
      x: { domain: [0, 1], label: `${names[xp]}'s utility →` },
      y: { domain: [0, 1], label: `↑ ${names[yp]}'s utility` },
      symbol: { legend: true },
      marks: [
        Plot.ruleX([na(xp)], { stroke: '#999', strokeDasharray: '4,3' }),
        Plot.ruleY([na(yp)], { stroke: '#999', strokeDasharray: '4,3' }),
        Plot.dot(pts, { x: 'x', y: 'y', r: 3, fill: '#4269d0', title: 'what' }),
        Plot.dot(near, { x: 'x', y: 'y', r: 4, stroke: '#b5121b', symbol: () => 'nearest package (breaks a red line)', title: 'what' }),
        Plot.dot(sols, { x: 'x', y: 'y', r: 6, symbol: 'name', stroke: '#111', strokeWidth: 1.5 }),
        Plot.text(sols, { x: 'x', y: 'y', text: 'name', dx: 8, textAnchor: 'start', fontSize: 11 }),
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
          ? `${space.zopaFrontier.vectors} efficient utility vectors (${space.zopaFrontier.packages} packages); ${space.zopaFrontier.listed} plotted. Dashed: walk-away values.`
          : 'No deal: no frontier. Red circles are the nearest packages, each breaking at least one red line. Dashed: walk-away values.'}
      </p>
    </div>
  );
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
              <th scope="col" key={s.name}>
                {s.title}
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
