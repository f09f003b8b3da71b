import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeLearnedCues } from '@undertone/engine'
import { describe, expect, it } from 'vitest'
import { readWrittenCases, renderLearnedCuesCard, trainLearnedCuesAsset, withLearnedCuesCard } from '../src/commands/train-learned-cues.js'

const engineTests = new URL('../../engine/test/', import.meta.url).pathname
const data = process.env.UNDERTONE_DATA ?? new URL('../../../../shared/data/', import.meta.url).pathname
const hasData = existsSync(join(data, 'xlm-t-sentiment-multilingual/train.jsonl'))
if (!hasData) console.warn(`[learned-cues training test] skipped: ${data} not found (set UNDERTONE_DATA to run it)`)

describe('the written rounds as training data', () => {
  it('reads the English rounds and the other languages\' rounds apart, with their kinds and rounds', () => {
    const english = readWrittenCases(engineTests, 'english')
    const other = readWrittenCases(engineTests, 'other')
    expect(english.length).toBeGreaterThan(5000)
    expect(other.length).toBeGreaterThan(5000)
    expect(english.every((c) => !c.round.includes('OTHER_LANGUAGES'))).toBe(true)
    expect(other.every((c) => c.round.includes('OTHER_LANGUAGES'))).toBe(true)
    // The known misreadings train too.
    expect(english.filter((c) => c.round === 'FIFTY_SEVENTH_ROUND')).toHaveLength(200)
    expect(new Set(english.map((c) => c.kind)).has('sarcasm over a fault')).toBe(true)
    const otherKinds = new Set(other.map((c) => c.kind))
    for (const k of ['repeat contact and churn, other languages', 'sincere thanks, other languages', 'plain frustration, other languages']) expect(otherKinds.has(k)).toBe(true)
  })

  it('replaces the learned-cues section of MODEL.md, or appends it', () => {
    const card = '## Learned cues (x)\n\nnew\n'
    expect(withLearnedCuesCard('# Model\n\n## Heads\n\nold\n', card)).toBe('# Model\n\n## Heads\n\nold\n\n## Learned cues (x)\n\nnew\n')
    expect(withLearnedCuesCard('# Model\n\n## Learned cues (old)\n\nold\n', card)).toBe('# Model\n\n## Learned cues (x)\n\nnew\n')
  })
})

describe.skipIf(!hasData)('training the learned cues (needs ../shared/data)', () => {
  it('writes both models, lists them in the manifest and measures them by held-out round', () => {
    const out = mkdtempSync(join(tmpdir(), 'learned-cues-'))
    // The trainer finds the fixtures beside its output folder, as the engine's assets/ and test/ sit.
    const assets = join(out, 'assets')
    mkdirSync(assets)
    symlinkSync(engineTests, join(out, 'test'))
    writeFileSync(join(assets, 'builtin-models.json'), '{}\n')
    const written = trainLearnedCuesAsset({ data, out: assets, seed: 7, date: '2026-01-01' }, () => {})
    const manifest = JSON.parse(readFileSync(join(assets, 'builtin-models.json'), 'utf8'))
    expect(manifest.learnedCues.file).toBe('learned-cues.bin')
    expect(manifest.learnedCuesOtherLanguages.languages).toEqual(['ar', 'de', 'es', 'fr', 'hi', 'it', 'pt'])
    const english = decodeLearnedCues(readFileSync(join(assets, 'learned-cues.bin'))).model
    expect(english.kinds).toContain('sarcasm')
    expect(written.english.provenance.metrics?.['sarcasm.heldOutRoundsAuc']).toBeGreaterThan(0.9)
    expect(written.other.provenance.metrics?.['churn-threat.heldOutRoundsAuc']).toBeGreaterThan(0.9)
    expect(renderLearnedCuesCard(written)).toContain('| churn-threat |')
  }, 120_000)
})
