// The as-of slider (one stop before the first event, then one per event date, the last meaning
// "every event") and the dated events, each with what it changed and its source.
import { useId } from 'react';
import type { Stop } from '../model';
import type { TimelineEvent } from '../types';

export function AsOfSlider({
  stops,
  index,
  onChange,
}: {
  stops: Stop[];
  index: number;
  onChange: (k: number) => void;
}) {
  const id = useId();
  const stop = stops[index];
  return (
    <div className="slider">
      <label htmlFor={id}>
        As of <strong data-testid="as-of">{stop.asOf ?? 'latest'}</strong>
      </label>
      <button
        type="button"
        onClick={() => onChange(Math.max(0, index - 1))}
        disabled={index === 0}
        aria-label="Previous event date"
      >
        ◀
      </button>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={index}
        aria-valuetext={stop.label}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <button
        type="button"
        onClick={() => onChange(Math.min(stops.length - 1, index + 1))}
        disabled={index === stops.length - 1}
        aria-label="Next event date"
      >
        ▶
      </button>
      <span className="muted small slider-label" aria-live="polite">
        {stop.label}
      </span>
    </div>
  );
}

function Source({ e }: { e: TimelineEvent }) {
  const s = e.source;
  const text = `${s.publisher ? `${s.publisher}, ` : ''}${s.title}${s.date ? `, ${s.date}` : ''}`;
  return (
    <span className="muted small">
      Source:{' '}
      {s.url ? (
        <a href={s.url} rel="noreferrer noopener" target="_blank">
          {text}
        </a>
      ) : (
        text
      )}{' '}
      · confidence {e.confidence}
    </span>
  );
}

export function EventList({
  events,
  asOf,
  partyName,
}: {
  events: TimelineEvent[];
  asOf: string | undefined;
  partyName: (id: string) => string;
}) {
  const current = asOf ?? events.at(-1)?.date;
  return (
    <ol className="events">
      {events.map((e) => {
        const applied = asOf === undefined || e.date <= asOf;
        return (
          <li
            key={e.id}
            className={`${applied ? '' : 'future'} ${e.date === current ? 'current' : ''}`}
            aria-current={e.date === current ? 'step' : undefined}
          >
            <div>
              <time dateTime={e.date}>{e.date}</time> <strong>{e.title}</strong>
              {e.party && <span className="muted"> ({partyName(e.party)})</span>}
              {!applied && <span className="tag grey">after the as-of date</span>}
            </div>
            {e.summary && <p className="small">{e.summary}</p>}
            <ul className="changes small">
              {e.changes.map((c, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: changes have no id and never reorder
                <li key={k}>→ {c.text}</li>
              ))}
            </ul>
            <Source e={e} />
          </li>
        );
      })}
    </ol>
  );
}
