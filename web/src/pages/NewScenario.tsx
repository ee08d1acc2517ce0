// A new scenario: the editor on a small valid template; creating it stores version 1 and opens
// its dashboard.
import { useId, useRef, useState } from 'react';
import { ApiFailure, api } from '../api';
import { ProblemList } from '../components/ProblemList';
import { YamlEditor, type YamlEditorHandle } from '../components/YamlEditor';
import { navigate } from '../router';
import { NEW_SCENARIO } from '../template';
import type { Problem } from '../types';

export function NewScenario() {
  const editor = useRef<YamlEditorHandle>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [message, setMessage] = useState('first version');
  const [error, setError] = useState<string | null>(null);
  const msgId = useId();
  const create = async () => {
    setError(null);
    try {
      const { scenario } = await api.create(editor.current!.text(), message);
      navigate(`/scenarios/${encodeURIComponent(scenario.scenarioId)}`);
    } catch (e) {
      if (e instanceof ApiFailure && e.body.problems) setProblems(e.body.problems);
      setError(`Not created: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div className="editor-page">
      <h1>New scenario</h1>
      <p className="muted small">Change meta.id to a name of your own: it is the scenario's address.</p>
      <div className="editor-grid">
        <div>
          <YamlEditor
            ref={editor}
            initial={NEW_SCENARIO}
            file="new.yaml"
            onChange={() => {}}
            onProblems={setProblems}
          />
          <form
            className="save-bar"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label htmlFor={msgId}>Message</label>
            <input id={msgId} value={message} onChange={(e) => setMessage(e.target.value)} />
            <button type="submit">Create scenario</button>
          </form>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
        <aside>
          <section className="card" aria-labelledby="problems-h">
            <h2 id="problems-h">Validation</h2>
            <ProblemList problems={problems} goTo={(l, c) => editor.current?.goTo(l, c)} />
          </section>
        </aside>
      </div>
    </div>
  );
}
