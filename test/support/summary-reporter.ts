import type { SerializedError } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

// CI reads a plain closing line "N passed, N failed, N skipped"; vitest's own summary is not read.
// A test file that fails to load (no test case ran) counts as one failure, so the line never
// reads "0 failed" for a broken run.
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestCaseResult(test: TestCase): void {
    const state = test.result().state;
    if (state === 'passed') this.passed++;
    else if (state === 'failed') this.failed++;
    else this.skipped++;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    for (const m of modules) {
      const anyFailedCase = [...m.children.allTests()].some((t) => t.result().state === 'failed');
      if (m.state() === 'failed' && !anyFailedCase) this.failed++;
    }
    this.failed += unhandled.length;
    process.stdout.write(`\n${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped\n`);
  }
}
