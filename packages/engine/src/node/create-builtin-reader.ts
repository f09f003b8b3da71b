/**
 * `createReader` for Node, where the built-in models can be read from the package's assets: with
 * no `model` (or `builtin`) given, it reads with them, as it always has.
 */
import { type CreateReaderOptions, type Reader, createReader as createReaderFrom } from '../index.js'
import { loadBuiltinModels, loadGoEmotionsHeads } from './builtin-models.js'

/**
 * Creates a reader. With no arguments it uses the built-in model trained by `npm run train`.
 *
 * @example
 * const reader = createReader()
 * const r = reader.read('Fine, I guess that works.')
 * r.sentiment.label // 'negative'
 * r.cues.map((c) => c.kind) // ['grudging-acceptance', …]
 */
export function createReader(options: CreateReaderOptions = {}): Reader {
  if (options.model !== undefined || options.builtin !== undefined) return createReaderFrom(options)
  return createReaderFrom({ ...options, builtin: loadBuiltinModels(options.heads === undefined) })
}

/**
 * Loads the 28-label GoEmotions block (a separate, larger file read only when asked for) and
 * returns a reader that can answer `context.taxonomy = 'goemotions'`.
 */
export async function createGoEmotionsReader(options: Omit<CreateReaderOptions, 'model'> = {}): Promise<Reader> {
  return createReader({ ...options, heads: loadGoEmotionsHeads() })
}
