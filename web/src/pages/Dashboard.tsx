// One scenario at a glance, as of a date: verdict, issue axes, red lines, frontier, solutions,
// stability, forecast and the timeline. Moving the slider re-runs every analysis as of that date.
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiFailure, api } from '../api';
import { ConstraintMatrix } from '../components/ConstraintMatrix';
import { ForecastView, MonteCarloView } from '../components/Forecast';
import { Frontier, SolutionsTable } from '../components/Frontier';
import { IssueAxes } from '../components/IssueAxes';
import { type Load, Loading, Section } from '../components/Section';
import { StabilityView } from '../components/Stability';
import { AsOfSlider, EventList } from '../components/Timeline';
import { Verdict } from '../components/Verdict';
import { dayBefore, stopsOf } from '../model';
import { linkProps } from '../router';
import type {
  ForecastResult,
  MonteCarloResult,
  Scenario,
  SpaceAnalysis,
  StabilityResult,
  Timeline,
} from '../types';

function failure(e: unknown): Load<never> {
  if (e instanceof ApiFailure && e.code === 'engine_unavailable')
    return { state: 'unavailable', message: '' };
  return { state: 'error', message: e instanceof Error ? e.message : String(e) };
}

/** Runs an engine for (scenario, version, as-of) and keeps the latest answer only. */
function useRun<R>(
  id: string,
  version: number | undefined,
  engine: string,
  params: Record<string, unknown>,
  asOf: string | undefined,
  enabled = true,
) {
  const [load, setLoad] = useState<Load<R>>({ state: 'loading' });
  const [progress, setProgress] = useState<string | null>(null);
  const key = JSON.stringify([id, version, engine, params, asOf, enabled]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key covers every input
  useEffect(() => {
    if (version === undefined || !enabled) return;
    let live = true;
    const controller = new AbortController();
    setLoad((l) => (l.state === 'ok' ? l : { state: 'loading' }));
    api
      .run<R>(
        id,
        engine,
        params,
        asOf,
        (p) => live && setProgress(`${p.stage} ${p.done}/${p.total}`),
        controller.signal,
      )
      .then((r) => live && setLoad({ state: 'ok', data: r.run.result, cached: r.cached }))
      .catch((e) => live && setLoad(failure(e)))
      .finally(() => live && setProgress(null));
    return () => {
      live = false;
      controller.abort();
    };
  }, [key]);
  return { load, progress };
}

const FORECAST = { model: 'ktab' };
const MONTE_CARLO = { model: 'ktab', runs: 100, jitter: 5 };
const NONE = {};

export function Dashboard({ id }: { id: string }) {
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState<number | null>(null);
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [changes, setChanges] = useState<string[] | null>(null);

  useEffect(() => {
    api
      .timeline(id)
      .then((tl) => {
        setTimeline(tl);
        setIndex(tl.dates.length); // latest
      })
      .catch((e) => setError(e.message));
  }, [id]);

  const stops = useMemo(
    () =>
      timeline
        ? stopsOf(timeline, timeline.dates.length ? dayBefore(timeline.dates[0]) : (timeline.baseDate ?? ''))
        : [],
    [timeline],
  );

  // The slider moves at once; the analyses follow when it rests.
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onSlide = (k: number) => {
    setIndex(k);
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => setAsOf(stops[k]?.asOf), 250);
  };

  const version = timeline?.version;
  useEffect(() => {
    if (version === undefined) return;
    let live = true;
    api
      .resolved(id, asOf)
      .then((r) => live && setScenario(r.scenario))
      .catch((e) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id, version, asOf]);

  // What the step to this stop changed.
  useEffect(() => {
    if (!timeline || index === null || index === 0 || !stops.length) return setChanges(null);
    const to = stops[index].asOf ?? timeline.dates.at(-1)!;
    const from = stops[index - 1].asOf!;
    let live = true;
    api
      .dateDiff(id, from, to)
      .then((d) => live && setChanges(d.changes.map((c) => c.text)))
      .catch(() => live && setChanges(null));
    return () => {
      live = false;
    };
  }, [id, timeline, index, stops]);

  const space = useRun<SpaceAnalysis>(id, version, 'space', NONE, asOf);
  const stability = useRun<StabilityResult>(
    id,
    version,
    'stability',
    NONE,
    asOf,
    Boolean(scenario?.conflict) || scenario === null,
  );
  const forecast = useRun<ForecastResult>(id, version, 'forecast', FORECAST, asOf);
  const mc = useRun<MonteCarloResult>(id, version, 'monte-carlo', MONTE_CARLO, asOf);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!timeline || index === null || !scenario) return <p role="status">Loading…</p>;
  const partyName = (pid: string) => scenario.parties.find((p) => p.id === pid)?.name ?? pid;

  return (
    <div className="dashboard">
      <div className="title-row">
        <div>
          <h1>{scenario.meta.title}</h1>
          <p className="muted small">
            Version {timeline.version} · {scenario.parties.length} parties · {scenario.issues.length} issues ·{' '}
            {timeline.events.length} events ·{' '}
            <a {...linkProps(`/scenarios/${encodeURIComponent(id)}/edit`)}>Edit the scenario</a>
          </p>
        </div>
      </div>
      <nav className="toc" aria-label="Sections">
        {[
          ['verdict', 'Verdict'],
          ['issues', 'Issues'],
          ['redlines', 'Red lines'],
          ['frontier', 'Frontier'],
          ['stability', 'Stability'],
          ['forecast', 'Forecast'],
          ['events', 'Events'],
        ].map(([h, t]) => (
          <a key={h} href={`#${h}`}>
            {t}
          </a>
        ))}
      </nav>
      {stops.length > 1 && (
        <div className="card sticky">
          <AsOfSlider stops={stops} index={index} onChange={onSlide} />
          {changes && changes.length > 0 && (
            <details className="small" data-testid="step-changes">
              <summary>
                {changes.length} change{changes.length === 1 ? '' : 's'} on this date
              </summary>
              <ul>
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      <div className="grid-2">
        <Section
          id="verdict"
          title="Verdict"
          aside={space.progress && <span className="muted small">{space.progress}</span>}
        >
          <Loading load={space.load} what="the agreement-space analysis">
            {() => <Verdict space={(space.load as { data: SpaceAnalysis }).data} />}
          </Loading>
        </Section>
        <Section id="redlines" title="Red lines and conditional concessions">
          <ConstraintMatrix scenario={scenario} />
        </Section>
      </div>

      <Section id="issues" title="Issues: ideal points and salience">
        <IssueAxes
          scenario={scenario}
          forecast={forecast.load.state === 'ok' ? forecast.load.data : undefined}
        />
      </Section>

      <Section id="frontier" title="Pareto frontier and bargaining solutions">
        <Loading load={space.load} what="the agreement-space analysis">
          {() => {
            const s = (space.load as { data: SpaceAnalysis }).data;
            return (
              <>
                <Frontier space={s} />
                <h3>Bargaining solutions, issue by issue</h3>
                <SolutionsTable space={s} />
              </>
            );
          }}
        </Loading>
      </Section>

      <Section id="stability" title="Stability (graph model for conflict resolution)">
        {!scenario.conflict ? (
          <p className="muted">This scenario has no conflict section, so there is no stability analysis.</p>
        ) : (
          <Loading load={stability.load} what="the stability analysis">
            {() => {
              return <StabilityView result={(stability.load as { data: StabilityResult }).data} />;
            }}
          </Loading>
        )}
      </Section>

      <Section id="forecast" title="Forecast">
        <Loading load={forecast.load} what="the forecast">
          {() => <ForecastView forecast={(forecast.load as { data: ForecastResult }).data} />}
        </Loading>
        <h3>Monte Carlo distribution {mc.progress && <span className="muted small">{mc.progress}</span>}</h3>
        <Loading load={mc.load} what="the Monte Carlo forecast">
          {() => <MonteCarloView mc={(mc.load as { data: MonteCarloResult }).data} />}
        </Loading>
      </Section>

      <Section id="events" title={`Timeline: ${timeline.events.length} events`}>
        <EventList events={timeline.events} asOf={asOf} partyName={partyName} />
      </Section>
    </div>
  );
}
