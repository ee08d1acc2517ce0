// Forecast trajectories per issue (the model's forecast point after each round, over the actors'
// own positions) and the Monte Carlo distribution of where each issue ends.
import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import type { ForecastResult, MonteCarloResult } from '../types';
import { PlotFigure } from './PlotFigure';

function Trajectory({ f, issue }: { f: ForecastResult; issue: ForecastResult['issues'][number] }) {
  const options = useMemo(() => {
    const line = issue.trajectory.map((y, round) => ({ round, y }));
    const actors = Object.entries(issue.positions).flatMap(([id, ys]) =>
      ys.map((y, round) => ({ round, y, actor: f.actors.find((a) => a.id === id)?.name ?? id })),
    );
    return {
      height: 170,
      width: 300,
      marginLeft: 36,
      x: { label: 'round', tickFormat: 'd' },
      y: { domain: [0, 100], label: 'axis', grid: true },
      marks: [
        Plot.line(actors, { x: 'round', y: 'y', z: 'actor', stroke: '#bbb', strokeWidth: 1, title: 'actor' }),
        Plot.line(line, { x: 'round', y: 'y', stroke: '#b5121b', strokeWidth: 2.5 }),
        Plot.dot(line.slice(-1), { x: 'round', y: 'y', fill: '#b5121b', r: 4 }),
      ],
    } satisfies Plot.PlotOptions;
  }, [f, issue]);
  return (
    <figure className="axis">
      <figcaption>
        <strong>{issue.name}</strong> → {issue.nearest.label}
      </figcaption>
      <PlotFigure options={options} label={`${issue.name}: forecast trajectory by round`} />
    </figure>
  );
}

export function ForecastView({ forecast }: { forecast: ForecastResult }) {
  return (
    <>
      <p className="muted small">
        Model {forecast.model.toUpperCase()}, {forecast.rounds} rounds
        {forecast.converged ? ', converged' : ''}. Red: the forecast point; grey: each actor's position.
      </p>
      <div className="axes-grid three">
        {forecast.issues.map((i) => (
          <Trajectory key={i.issue} f={forecast} issue={i} />
        ))}
      </div>
    </>
  );
}

export function MonteCarloView({ mc }: { mc: MonteCarloResult }) {
  const options = useMemo(() => {
    const rows = mc.issues.map((i) => ({ name: i.name, ...i.quantiles, mean: i.mean }));
    return {
      height: 50 + 28 * rows.length,
      width: 900,
      marginLeft: 260,
      marginRight: 20,
      x: { domain: [0, 100], label: 'where the issue ends (axis 0–100)', grid: true },
      y: { domain: rows.map((r) => r.name), label: null },
      marks: [
        Plot.ruleY(rows, { y: 'name', x1: 'p5', x2: 'p95', stroke: '#888' }),
        Plot.barX(rows, { y: 'name', x1: 'p25', x2: 'p75', fill: '#97bbf5', insetTop: 6, insetBottom: 6 }),
        Plot.tickX(rows, {
          y: 'name',
          x: 'p50',
          stroke: '#111',
          strokeWidth: 2,
          insetTop: 4,
          insetBottom: 4,
        }),
        Plot.dot(rows, { y: 'name', x: 'mean', fill: '#b5121b', r: 3 }),
      ],
    } satisfies Plot.PlotOptions;
  }, [mc]);
  return (
    <>
      <PlotFigure options={options} label="Monte Carlo: distribution of each issue's outcome" />
      <p className="muted small">
        {mc.completed} runs, positions jittered by {mc.jitter} axis units. Bar: middle half; line: 5–95 %;
        black tick: median; red dot: mean.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Most likely outcomes per issue</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Most likely outcomes</th>
            </tr>
          </thead>
          <tbody>
            {mc.issues.map((i) => (
              <tr key={i.issue}>
                <th scope="row">{i.name}</th>
                <td>
                  {[...i.options]
                    .sort((a, b) => b.probability - a.probability)
                    .slice(0, 3)
                    .map((o) => `${o.label} ${(100 * o.probability).toFixed(0)} %`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
