// Child process for the crash tests: saves versions of one scenario until it is killed.
// Config comes as JSON in SAVE_LOOP_CONFIG; progress goes to stdout, one line per event:
//   `committed N` after version N is committed;
//   `paused N` when (mode "pause") the save of version N waits forever just before COMMIT.
import { type OpenStoreOptions, openStore } from '../../../src/store/index.js';
import { expectedEvents, expectedText } from './crash-data.js';

interface Config {
  store: OpenStoreOptions;
  scenarioId: string;
  mode: 'loop' | 'pause';
  /** Pause mode: the version whose save hangs before commit. */
  pauseAt?: number;
}

const config = JSON.parse(process.env.SAVE_LOOP_CONFIG ?? '{}') as Config;
let saving = 0;

const store = await openStore({
  ...config.store,
  beforeCommit: async () => {
    if (config.mode === 'pause' && saving === config.pauseAt) {
      process.stdout.write(`paused ${saving}\n`);
      setInterval(() => {}, 1 << 30); // keep the process alive, transaction open, until killed
      await new Promise(() => {});
    }
  },
});

const id = config.scenarioId;
let current = (await store.getScenario(id))?.currentVersion ?? 0;
if (current === 0) {
  saving = 1;
  await store.createScenario({ id, text: expectedText(1), author: 'loop', events: expectedEvents(1) });
  current = 1;
  process.stdout.write('committed 1\n');
}
for (;;) {
  saving = current + 1;
  await store.updateScenario(id, {
    text: expectedText(saving),
    expectedVersion: current,
    author: 'loop',
    message: `save ${saving}`,
    events: expectedEvents(saving),
  });
  current = saving;
  process.stdout.write(`committed ${current}\n`);
}
