// The deterministic content of version N in the crash tests, so a survivor can be checked exactly.
import type { EventInput } from '../../../src/store/index.js';

export function expectedText(version: number): string {
  const line = `  - note: "version ${version} — filler to make each save a real write"\n`;
  return `# version ${version}\nentente: 1\nnotes:\n${line.repeat(400)}`;
}

export function expectedEvents(version: number): EventInput[] {
  return Array.from({ length: (version % 5) + 1 }, (_, i) => ({
    id: `v${version}-e${i}`,
    date: `2024-01-${String(i + 1).padStart(2, '0')}`,
    title: `event ${i} of version ${version}`,
  }));
}
