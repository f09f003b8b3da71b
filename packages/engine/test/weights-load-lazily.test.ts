import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src')

/** Every engine source file `entry` imports, directly or not (static and dynamic imports). */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:\bfrom\s+|^import\s+|\bimport\(\s*)'([^']+)'/gm)) {
      const spec = m[1] as string
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
      else seen.add(spec)
    }
  }
  visit(join(SRC, entry))
  return seen
}

const readFile = vi.hoisted(() => ({ calls: [] as string[] }))
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  const spy = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).includes('/assets/')) readFile.calls.push(String(path))
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest)
  }) as typeof fs.readFileSync
  return { ...fs, default: { ...fs, readFileSync: spy }, readFileSync: spy }
})

describe('the built-in weights', () => {
  it('are not in the module graph of the tokenizer or of the pure entry: no file reader, no Node API', () => {
    for (const entry of ['text/tokenize.ts', 'index.ts']) {
      const graph = [...moduleGraph(entry)]
      expect(graph.filter((m) => m.startsWith(join(SRC, 'node'))).map((m) => relative(SRC, m))).toEqual([])
      expect(graph.filter((m) => !m.startsWith('/'))).toEqual([])
    }
    expect(moduleGraph('text/tokenize.ts').size).toBeLessThan(8)
  })

  it('are read when a reader first needs them, once each, and the GoEmotions file only when asked for', async () => {
    const engine = await import('../src/node/index.js')
    engine.tokenize('importing the entry reads nothing')
    expect(readFile.calls).toEqual([])
    const reader = engine.createReader()
    const files = (): string[] => readFile.calls.map((c) => c.slice(c.lastIndexOf('/') + 1)).sort()
    expect(files()).toEqual(['base-model.bin', 'builtin-models.json', 'heads-model.bin', 'learned-cues-other-languages.bin', 'learned-cues.bin'])
    engine.createReader({ profiles: [] })
    expect(files()).toHaveLength(5)
    expect(reader.modelVersion).toMatch(/^base-/)
    // The multilingual weights wait for the first message in one of their languages.
    reader.read('Thanks, that fixed it!')
    expect(files()).toHaveLength(5)
    expect(reader.read('Muchas gracias por la ayuda, todo funciona.').language).toBe('es')
    reader.read('Vielen Dank für die Hilfe!')
    expect(files()).toEqual(['base-model.bin', 'builtin-models.json', 'heads-model.bin', 'learned-cues-other-languages.bin', 'learned-cues.bin', 'multilingual-model.bin'])
    await engine.createGoEmotionsReader()
    expect(files()).toEqual(['base-model.bin', 'builtin-models.json', 'goemotions-model.bin', 'heads-model.bin', 'learned-cues-other-languages.bin', 'learned-cues.bin', 'multilingual-model.bin'])
  })

  it('can be passed in as bytes by hand: the pure entry reads with them as the Node entry does', async () => {
    const pure = await import('../src/index.js')
    const node = await import('../src/node/index.js')
    expect(() => pure.createReader()).toThrow(/no model to read with/)
    const asset = (file: string): Uint8Array => readFileSync(new URL(`../assets/${file}`, import.meta.url))
    const manifest = JSON.parse(readFileSync(new URL('../assets/builtin-models.json', import.meta.url), 'utf8'))
    const builtin = { base: pure.decodeModel(asset('base-model.bin')), heads: pure.decodeEmotionHeads(asset('heads-model.bin')), calibration: manifest.sentiment.calibration }
    const text = "Fine, I guess that works. Third time I'm asking though!!"
    expect(pure.createReader({ builtin }).read(text, { explain: true })).toEqual(node.createReader().read(text, { explain: true }))
  })
})
