import type { ReactNode } from 'react';

export function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section className="card" id={id} aria-labelledby={`${id}-h`}>
      <div className="card-head">
        <h2 id={`${id}-h`}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

export type Load<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T; cached?: boolean }
  | { state: 'unavailable'; message: string }
  | { state: 'error'; message: string };

export function Loading({
  load,
  what,
  children,
}: {
  load: Load<unknown>;
  what: string;
  children: () => ReactNode;
}) {
  if (load.state === 'loading')
    return (
      <p className="muted" role="status">
        Computing {what}…
      </p>
    );
  if (load.state === 'unavailable')
    return (
      <p className="muted notice" role="note">
        {what[0].toUpperCase() + what.slice(1)}: not available yet. {load.message}
      </p>
    );
  if (load.state === 'error')
    return (
      <p className="error" role="alert">
        {load.message}
      </p>
    );
  return <>{children()}</>;
}
