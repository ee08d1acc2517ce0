// A tiny history router: the server answers every page path with index.html.
import { useEffect, useState } from 'react';

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const [loc, setLoc] = useState(() => ({
    path: location.pathname,
    query: new URLSearchParams(location.search),
  }));
  useEffect(() => {
    const on = () => setLoc({ path: location.pathname, query: new URLSearchParams(location.search) });
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return loc;
}

/** Client-side link: keeps the page, stays keyboard and middle-click friendly. */
export function linkProps(to: string) {
  return {
    href: to,
    onClick: (e: {
      preventDefault(): void;
      metaKey: boolean;
      ctrlKey: boolean;
      shiftKey: boolean;
      button: number;
    }) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      navigate(to);
    },
  };
}
