// Each issue's 0–100 axis with every party's ideal point (dot size: salience), the status quo
// and, when a forecast is in, where it ends.
import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { axisPosition, PARTY_COLORS, valueLabel } from '../model';
import type { ForecastResult, Issue, Scenario } from '../types';
import { PlotFigure } from './PlotFigure';

function IssueAxis({
  scenario,
  issue,
  forecastEnd,
}: {
  scenario: Scenario;
  issue: Issue;
  forecastEnd?: number;
}) {
  const options = useMemo(() => {
    const rows = scenario.parties
      .map((p) => {
        const st = p.stances[issue.id];
        const x = axisPosition(issue, st?.ideal);
        return x === null || !st
          ? null
          : { party: p.name, x, salience: st.salience, label: valueLabel(issue, st.ideal) };
      })
      .filter((r) => r !== null);
    const sq = axisPosition(issue, scenario.status_quo?.[issue.id]);
    const ticks = issue.kind === 'options' ? issue.options.map((o) => o.position) : [0, 25, 50, 75, 100];
    const tickLabel = (t: number) => {
      if (issue.kind === 'options') return issue.options.find((o) => o.position === t)?.label ?? '';
      return valueLabel(issue, issue.min + ((issue.max - issue.min) * t) / 100);
    };
    const names = scenario.parties.map((p) => p.name);
    // Option labels are long: wrap each within its share of the axis.
    const lineWidth = Math.max(4, Math.floor(420 / Math.max(2, ticks.length) / 10.5));
    return {
      width: 600,
      height: 70 + 22 * names.length,
      marginLeft: 120,
      marginRight: 50,
      marginBottom: 62,
      x: { domain: [0, 100], label: null, grid: true, ticks },
      y: { domain: names, label: null },
      r: { domain: [0, 1], range: [2, 9] },
      color: { domain: names, range: PARTY_COLORS },
      marks: [
        Plot.axisX({ ticks, tickFormat: tickLabel, lineWidth, fontSize: 10 }),
        ...(sq === null ? [] : [Plot.ruleX([sq], { stroke: '#777', strokeDasharray: '4,3' })]),
        ...(forecastEnd === undefined
          ? []
          : [Plot.ruleX([forecastEnd], { stroke: '#b5121b', strokeWidth: 1.5 })]),
        Plot.dot(rows, {
          x: 'x',
          y: 'party',
          r: 'salience',
          fill: 'party',
          stroke: '#222',
          strokeWidth: 0.5,
          title: (d: (typeof rows)[number]) => `${d.party}: ${d.label} (salience ${d.salience})`,
        }),
      ],
    } satisfies Plot.PlotOptions;
  }, [scenario, issue, forecastEnd]);
  return (
    <figure className="axis">
      <figcaption>
        <strong>{issue.name}</strong>
        {scenario.status_quo?.[issue.id] !== undefined && (
          <span className="muted"> · status quo: {valueLabel(issue, scenario.status_quo[issue.id])}</span>
        )}
      </figcaption>
      <PlotFigure options={options} label={`${issue.name}: each party's ideal point on the issue axis`} />
    </figure>
  );
}

export function IssueAxes({ scenario, forecast }: { scenario: Scenario; forecast?: ForecastResult }) {
  return (
    <>
      <p className="muted small">
        Dot: a party's ideal point; size: its salience. Dashed line: status quo.
        {forecast ? ' Red line: where the forecast ends.' : ''}
      </p>
      <div className="axes-grid">
        {scenario.issues.map((issue) => (
          <IssueAxis
            key={issue.id}
            scenario={scenario}
            issue={issue}
            forecastEnd={forecast?.issues.find((f) => f.issue === issue.id)?.end}
          />
        ))}
      </div>
    </>
  );
}
