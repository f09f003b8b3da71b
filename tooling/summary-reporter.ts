import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints one closing line, "N passed, N failed, N skipped", that CI recognises; vitest's own
 * summary is not in a form CI reads.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const mod of testModules) {
      let failedHere = 0
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedHere++
        else skipped++
      }
      // A file that failed outside its tests (an import error, a failing beforeAll that leaves its tests
      // skipped) is a failure too: counted once, so "0 failed" never hides it.
      if (mod.state() === 'failed' && failedHere === 0) failedHere = 1
      failed += failedHere
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
