import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createReader } from '@undertone/engine'
import { describe, expect, it } from 'vitest'

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')

describe.skipIf(!existsSync(dist))('thread-pool reader', () => {
  it('reads on worker threads exactly as the reader does in process', async () => {
    const { threadPoolBatchReader } = (await import(dist)) as typeof import('../src/index.js')
    // The test runner's own flags (source-file resolution) must not reach the built worker threads.
    const pool = threadPoolBatchReader({ threads: 2, chunk: 3, execArgv: [] })
    const items = ['Fine, I guess that works.', 'This is sick!', 'Third time asking. Still broken!!', 'Thanks a lot!', 'Please fix your billing system.', 'Am I missing a step?', 'Ok, updating now.'].map((text, i) => ({ text, context: i === 1 ? { domain: 'gaming' } : {} }))
    const pooled = await pool.readMany(items)
    await pool.close()
    const local = createReader()
    expect(pooled).toEqual(items.map((i) => local.read(i.text, i.context)))
  })
})

describe('profile readers', () => {
  it("read a workspace's terms with the base reader's own model, not the built-in one", async () => {
    const { profileReaders } = await import('../src/batch-reader.js')
    const { buildReader } = await import('@undertone/engine')
    // A stand-in model that calls everything positive, so whose model read a message is plain to see.
    const scorer = { version: 'team-model-7', score: (_t: unknown, _k: unknown, out: Float64Array): void => out.set([0.05, 0.05, 0.9]) }
    const base = buildReader({ scorer })
    const withTerms = profileReaders(base)({ id: 'acme', label: 'Acme terms', extends: 'general', terms: [{ pattern: 'widget jam', polarity: -0.6 }] })
    expect(withTerms.modelVersion).toBe('team-model-7')
    expect(withTerms.domains).toContain('acme')
    expect(withTerms.read('The report is ready.', { domain: 'acme' }).modelVersion).toBe('team-model-7')
  })
})
