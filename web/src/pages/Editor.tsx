// The scenario editor: YAML with live validation (problems in the gutter and listed), save as a
// new version with a message, and the version history with line diffs. A failed save keeps the
// text in the editor, and the draft survives a reload (session storage) until it is saved.
import { useEffect, useId, useRef, useState } from 'react';
import { ApiFailure, api } from '../api';
import { ProblemList } from '../components/ProblemList';
import { YamlEditor, type YamlEditorHandle } from '../components/YamlEditor';
import { linkProps } from '../router';
import type { Problem, StoredScenario, VersionInfo } from '../types';

const draftKey = (id: string) => `entente:draft:${id}`;

export function EditorPage({ id }: { id: string }) {
  const [stored, setStored] = useState<StoredScenario | null>(null);
  const [initial, setInitial] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const editor = useRef<YamlEditorHandle>(null);
  const msgId = useId();

  useEffect(() => {
    api
      .scenario(id)
      .then(({ scenario }) => {
        setStored(scenario);
        const draft = sessionStorage.getItem(draftKey(id));
        setInitial(draft ?? scenario.text);
        setDirty(draft !== null && draft !== scenario.text);
      })
      .catch((e) => setStatus({ kind: 'error', text: e.message }));
  }, [id]);

  const onChange = (text: string) => {
    sessionStorage.setItem(draftKey(id), text);
    setDirty(text !== stored?.text);
  };

  const save = async () => {
    if (!stored) return;
    const text = editor.current!.text();
    setSaving(true);
    setStatus(null);
    try {
      const { scenario } = await api.save(
        id,
        text,
        stored.currentVersion,
        message || 'edited in the workbench',
      );
      setStored({ ...stored, text, currentVersion: scenario.version, hash: scenario.hash });
      sessionStorage.removeItem(draftKey(id));
      setDirty(false);
      setMessage('');
      setHistoryKey((k) => k + 1);
      setStatus({ kind: 'ok', text: `Saved as version ${scenario.version}.` });
    } catch (e) {
      if (e instanceof ApiFailure && e.code === 'invalid_scenario') {
        setProblems(e.body.problems ?? []);
        setStatus({
          kind: 'error',
          text: `Not saved: ${e.message}. Your text is kept; fix the problems listed and save again.`,
        });
      } else if (e instanceof ApiFailure && e.code === 'version_conflict' && e.body.current) {
        const current = e.body.current;
        setStatus({
          kind: 'error',
          text: `Not saved: someone saved version ${current.currentVersion} meanwhile. Your text is kept; copy your changes, reload, and save again.`,
        });
      } else setStatus({ kind: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setSaving(false);
    }
  };

  const revert = () => {
    if (!stored) return;
    editor.current?.setText(stored.text);
    sessionStorage.removeItem(draftKey(id));
    setDirty(false);
  };

  if (!stored || initial === null)
    return status ? (
      <p className="error" role="alert">
        {status.text}
      </p>
    ) : (
      <p role="status">Loading…</p>
    );

  return (
    <div className="editor-page">
      <div className="title-row">
        <div>
          <h1>Edit: {stored.title}</h1>
          <p className="muted small">
            Version {stored.currentVersion}
            {dirty ? ' · unsaved changes' : ''} ·{' '}
            <a {...linkProps(`/scenarios/${encodeURIComponent(id)}`)}>Back to the dashboard</a>
          </p>
        </div>
      </div>
      <div className="editor-grid">
        <div>
          <YamlEditor
            ref={editor}
            initial={initial}
            file={`${id}.yaml`}
            onChange={onChange}
            onProblems={setProblems}
          />
          <form
            className="save-bar"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label htmlFor={msgId}>Message</label>
            <input
              id={msgId}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              placeholder="what changed and why"
            />
            <button type="submit" disabled={saving}>
              {saving ? 'Saving…' : 'Save new version'}
            </button>
            <button type="button" className="secondary" onClick={revert} disabled={!dirty}>
              Revert
            </button>
          </form>
          {status && (
            <p
              className={status.kind === 'ok' ? 'ok' : 'error'}
              role={status.kind === 'ok' ? 'status' : 'alert'}
              data-testid="save-status"
            >
              {status.text}
            </p>
          )}
        </div>
        <aside>
          <section className="card" aria-labelledby="problems-h">
            <h2 id="problems-h">Validation</h2>
            <ProblemList problems={problems} goTo={(l, c) => editor.current?.goTo(l, c)} />
          </section>
          <History key={historyKey} id={id} />
        </aside>
      </div>
    </div>
  );
}

function History({ id }: { id: string }) {
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [diff, setDiff] = useState<Awaited<ReturnType<typeof api.versionDiff>> | null>(null);
  useEffect(() => {
    api.versions(id).then((r) => setVersions([...r.versions].sort((a, b) => b.version - a.version)));
  }, [id]);
  useEffect(() => {
    if (shown === null || shown < 2) return setDiff(null);
    api.versionDiff(id, shown - 1, shown).then(setDiff);
  }, [id, shown]);
  if (!versions) return null;
  return (
    <section className="card" aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.version}>
            <button
              type="button"
              className="link"
              aria-expanded={shown === v.version}
              onClick={() => setShown(shown === v.version ? null : v.version)}
            >
              v{v.version}
            </button>{' '}
            {v.message || <span className="muted">(no message)</span>}{' '}
            <span className="muted small">
              {v.author}, {new Date(v.createdAt).toLocaleString()}
            </span>
            {shown === v.version && v.version === 1 && <p className="muted small">The first version.</p>}
            {shown === v.version && diff && (
              <div className="diff" data-testid="version-diff">
                {diff.changes && diff.changes.length > 0 && (
                  <ul className="small">
                    {diff.changes.map((c) => (
                      <li key={c.text}>{c.text}</li>
                    ))}
                  </ul>
                )}
                <DiffText lines={diff.lines} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

type DiffLines = Awaited<ReturnType<typeof api.versionDiff>>['lines'];

/** The line diff, one span per line (keys are positions: the list never reorders). */
function DiffText({ lines }: { lines: DiffLines }) {
  const out = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    out.push(
      l.op === '…' ? (
        <span key={k} className="skip-lines">{`  … ${l.skipped} unchanged lines\n`}</span>
      ) : (
        <span
          key={k}
          className={l.op === '+' ? 'add' : l.op === '-' ? 'del' : ''}
        >{`${l.op} ${l.text}\n`}</span>
      ),
    );
  }
  return <pre>{out}</pre>;
}
