import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : []
  })
}

/** The relative imports of each file under `layer` that reach into one of `forbidden` (folders of src/). */
function importsInto(layer: string, forbidden: readonly string[]): string[] {
  return sourceFiles(join(SRC, layer)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].flatMap(([, spec]) => {
      const target = relative(SRC, join(file, '..', spec as string))
      return forbidden.some((f) => target.startsWith(`${f}/`)) ? [`${relative(SRC, file)} imports ${spec}`] : []
    }),
  )
}

// http and worker depend on app; app never imports them, and neither imports the other: the
// composition root (create-app.ts) and the worker loop wire them together.
describe('the server layers', () => {
  it('app imports neither http nor worker', () => expect(importsInto('app', ['http', 'worker'])).toEqual([]))
  it('http does not import worker', () => expect(importsInto('http', ['worker'])).toEqual([]))
  it('worker does not import http', () => expect(importsInto('worker', ['http'])).toEqual([]))
})
