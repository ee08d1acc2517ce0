import { useEffect, useState } from 'react';
import { api } from '../api';
import { linkProps } from '../router';
import type { ScenarioSummary } from '../types';

export function ScenarioList() {
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .scenarios()
      .then((r) => setList(r.scenarios))
      .catch((e) => setError(e.message));
  }, []);
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!list) return <p role="status">Loading…</p>;
  return (
    <div className="narrow">
      <h1>Scenarios</h1>
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
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
