import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestBackend } from './backends.js';

// Starts test/store/support/save-loop.ts in a child process and follows its progress lines.

const CHILD = path.resolve(import.meta.dirname, 'save-loop.ts');

export interface Child {
  proc: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`'s captured number. */
  waitFor(pattern: RegExp): Promise<number>;
  lastCommitted(): number;
  killed(): Promise<NodeJS.Signals | null>;
}

export function startWriter(
  backend: TestBackend,
  scenarioId: string,
  mode: 'loop' | 'pause',
  pauseAt?: number,
): Child {
  const config = { store: backend.options(), scenarioId, mode, pauseAt };
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, SAVE_LOOP_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let committed = 0;
  let buffer = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (n: number) => void }[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.on('exit', (_code, signal) => resolve(signal)),
  );
  proc.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  proc.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const c = /^committed (\d+)$/.exec(line);
      if (c) committed = Number(c[1]);
      for (const w of waiters.splice(0)) {
        const m = w.pattern.exec(line);
        if (m) w.resolve(Number(m[1]));
        else waiters.push(w);
      }
      nl = buffer.indexOf('\n');
    }
  });
  return {
    proc,
    lastCommitted: () => committed,
    waitFor: (pattern) =>
      new Promise<number>((resolve, reject) => {
        waiters.push({ pattern, resolve });
        exited.then((signal) => reject(new Error(`writer exited (${signal}) before ${pattern}: ${stderr}`)));
      }),
    killed: () => exited,
  };
}

export async function killHard(child: Child): Promise<void> {
  child.proc.kill('SIGKILL');
  expect(await child.killed()).toBe('SIGKILL');
}
