// The engines the API can run, with their parameters (validated, defaults filled in so that the
// cache key is the same however a client spells a request). The agreement-space and stability
// engines are loaded on demand: until their modules exist the API reports them unavailable.
import { z } from 'zod';
import { forecast } from '../engines/forecast/index.js';
import type { Scenario } from '../model/types.js';
import { forecastMonteCarlo } from '../node/forecast-monte-carlo.js';
import { ApiError } from './errors.js';

export type EngineName = 'space' | 'stability' | 'forecast' | 'monte-carlo';
export const ENGINE_NAMES: readonly EngineName[] = ['space', 'stability', 'forecast', 'monte-carlo'];

export interface Progress {
  stage: string;
  done: number;
  total: number;
}

export interface EngineContext {
  onProgress: (p: Progress) => void;
  signal?: AbortSignal;
  /** Worker threads a Monte Carlo run may use (0: this thread). */
  threads?: number;
}

const model = z.enum(['ktab', 'bdm', 'mean', 'median']);
const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

export const PARAMS = {
  space: z
    .object({
      budget: z.number().int().positive().max(1e9).optional(),
      maxSets: z.number().int().min(1).max(200).default(20),
      maxPoints: z.number().int().min(1).max(5000).default(200),
    })
    .strict(),
  stability: z
    .object({
      concepts: z.array(z.enum(['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'])).optional(),
      semantics: z.enum(['textbook', 'gmcrpy']).default('textbook'),
      maxPaths: z.number().int().min(0).max(500).default(50),
    })
    .strict(),
  forecast: z.object({ model: model.default('ktab'), seed: seed.default(1) }).strict(),
  'monte-carlo': z
    .object({
      model: model.default('ktab'),
      runs: z.number().int().min(1).max(20_000).default(200),
      seed: seed.default(1),
      jitter: z.number().min(0).max(50).default(5),
    })
    .strict(),
} as const;

export const ENGINE_TITLES: Record<EngineName, string> = {
  space: 'Agreement space: ZOPA, Pareto frontier, bargaining solutions, conflicts and concessions',
  stability: 'GMCR stability: states, stability per party, equilibria, paths from the status quo',
  forecast: 'Forecast: KTAB, BDM or baseline trajectories per issue',
  'monte-carlo': 'Forecast Monte Carlo: distribution of outcomes under position uncertainty',
};

export function isEngine(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/** Parameters with defaults filled in; a 400 `invalid_params` listing what is wrong otherwise. */
export function checkParams(engine: EngineName, params: unknown): Record<string, unknown> {
  const parsed = PARAMS[engine].safeParse(params ?? {});
  if (!parsed.success) {
    const what = parsed.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`);
    throw new ApiError('invalid_params', `bad parameters for ${engine}: ${what.join('; ')}`, {
      issues: what,
    });
  }
  return parsed.data as Record<string, unknown>;
}

// Specifiers held in variables: the type checker does not require the modules to exist yet.
const SPACE_MODULE = '../engines/space/index.js';
const GMCR_MODULE = '../engines/gmcr/index.js';

type SpaceModule = {
  analyzeSpace: (s: Scenario, o: Record<string, unknown>) => unknown;
};
type GmcrModule = { analyzeStability: (s: Scenario, o: Record<string, unknown>) => unknown };

const modules = new Map<string, Promise<unknown | null>>();
/** The module, or null when it is not in this build; other failures (a module that throws) propagate. */
export function optional<T>(specifier: string): Promise<T | null> {
  let p = modules.get(specifier);
  if (!p) {
    p = import(specifier).catch((e: NodeJS.ErrnoException) => {
      if (e?.code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load/.test(String(e?.message)))
        return null;
      throw e;
    });
    modules.set(specifier, p);
  }
  return p as Promise<T | null>;
}

/** Whether each engine's module is present in this build. */
export async function engineAvailability(): Promise<Record<EngineName, boolean>> {
  const [space, gmcr] = await Promise.all([optional(SPACE_MODULE), optional(GMCR_MODULE)]);
  return { space: space !== null, stability: gmcr !== null, forecast: true, 'monte-carlo': true };
}

function unavailable(engine: EngineName): never {
  throw new ApiError('engine_unavailable', `the ${engine} engine is not available in this build yet`);
}

/** Runs an engine on a resolved scenario in this thread. Parameters must have passed `checkParams`. */
export async function runEngine(
  engine: EngineName,
  scenario: Scenario,
  params: Record<string, unknown>,
  ctx: EngineContext,
): Promise<unknown> {
  switch (engine) {
    case 'space': {
      const mod = await optional<SpaceModule>(SPACE_MODULE);
      if (!mod) unavailable(engine);
      return mod.analyzeSpace(scenario, {
        ...params,
        onProgress: (stage: string, done: number, total: number) => ctx.onProgress({ stage, done, total }),
      });
    }
    case 'stability': {
      const mod = await optional<GmcrModule>(GMCR_MODULE);
      if (!mod) unavailable(engine);
      if (!scenario.conflict) {
        throw new ApiError(
          'engine_input',
          'this scenario has no conflict section: add `conflict:` (options, preferences) for a stability analysis',
        );
      }
      return mod.analyzeStability(scenario, params);
    }
    case 'forecast':
      return forecast(scenario, params as unknown as Parameters<typeof forecast>[1]);
    case 'monte-carlo': {
      const p = params as { model: 'ktab'; runs: number; seed: number; jitter: number };
      return forecastMonteCarlo(scenario, {
        ...p,
        threads: ctx.threads ?? 0,
        signal: ctx.signal,
        onProgress: (mc) => ctx.onProgress({ stage: 'runs', done: mc.completed, total: mc.runs }),
      });
    }
  }
}
