import { lazy, type ReactElement, Suspense, useEffect, useRef } from 'react';
import { Dashboard } from './pages/Dashboard';
import { ScenarioList } from './pages/ScenarioList';
import { linkProps, useLocation } from './router';

// The editor (CodeMirror) loads only when a page needs it.
const EditorPage = lazy(() => import('./pages/Editor').then((m) => ({ default: m.EditorPage })));
const NewScenario = lazy(() => import('./pages/NewScenario').then((m) => ({ default: m.NewScenario })));

export function App() {
  const { path } = useLocation();
  // After an in-app navigation, keyboard and screen-reader users start at the new page's content.
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change, by design
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);
  const m = path.match(/^\/scenarios\/([^/]+)(?:\/(edit))?\/?$/);
  const id = m ? decodeURIComponent(m[1]) : undefined;
  let page: ReactElement;
  if (id && m?.[2] === 'edit') page = <EditorPage key={`e-${id}`} id={id} />;
  else if (id) page = <Dashboard key={`d-${id}`} id={id} />;
  else if (path === '/new') page = <NewScenario />;
  else page = <ScenarioList />;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <a className="brand" {...linkProps('/')}>
          Entente
        </a>
        <span className="tagline">negotiation workbench</span>
        <nav aria-label="Main">
          <a {...linkProps('/')}>Scenarios</a>
          {id && <a {...linkProps(`/scenarios/${encodeURIComponent(id)}`)}>Dashboard</a>}
          {id && <a {...linkProps(`/scenarios/${encodeURIComponent(id)}/edit`)}>Editor</a>}
          <a href="/api/openapi.json">API</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>
      </main>
    </>
  );
}
