import { useEffect, useState } from 'react';
import { api } from '../api';
import { linkProps } from '../router';
import type { ScenarioSummary } from '../types';

export function ScenarioList() {
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    api
      .scenarios()
      .then((r) => setList(r.scenarios))
      .catch((e) => setError(e.message));
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once on arrival
  useEffect(() => {
    void load();
  }, []);
  const remove = async (s: ScenarioSummary) => {
    if (
      !confirm(
        `Delete "${s.title}" with its ${s.currentVersion} version(s) and saved runs? This cannot be undone.`,
      )
    )
      return;
    try {
      await api.remove(s.id);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!list) return <p role="status">Loading…</p>;
  return (
    <div className="narrow">
      <div className="title-row">
        <h1>Scenarios</h1>
        <a className="button" {...linkProps('/new')}>
          New scenario
        </a>
      </div>
      {list.length === 0 ? (
        <p>
          The store is empty. Create a scenario with <code>POST /api/scenarios</code>, or restart{' '}
          <code>entente serve</code> with an empty data folder to load the examples.
        </p>
      ) : (
        <ul className="scenario-list">
          {list.map((s) => (
            <li key={s.id} className="card">
              <h2>
                <a {...linkProps(`/scenarios/${encodeURIComponent(s.id)}`)}>{s.title}</a>
              </h2>
              <p className="muted small">
                <code>{s.id}</code> · version {s.currentVersion} · saved{' '}
                {new Date(s.updatedAt).toLocaleString()} by {s.updatedBy}
              </p>
              <p>
                <a className="button" {...linkProps(`/scenarios/${encodeURIComponent(s.id)}`)}>
                  Open the dashboard
                </a>{' '}
                <a className="button secondary" {...linkProps(`/scenarios/${encodeURIComponent(s.id)}/edit`)}>
                  Edit
                </a>{' '}
                <button type="button" className="secondary" onClick={() => void remove(s)}>
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
