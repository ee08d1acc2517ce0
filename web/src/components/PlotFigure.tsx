// An Observable Plot chart as a React element: the SVG is rebuilt when its options change.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

export function PlotFigure({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = Plot.plot({ style: { fontSize: '12px', background: 'transparent' }, ...options });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', label);
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div className="plot" ref={ref} />;
}
