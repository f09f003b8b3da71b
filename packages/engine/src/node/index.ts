/**
 * @module
 * `@undertone/engine` under Node: the pure engine, plus the built-in weights read from the
 * package's assets when first asked for (so `createReader()` needs no arguments). Importing it
 * reads no file.
 */
export * from '../index.js'
export { createGoEmotionsReader, createReader } from './create-builtin-reader.js'
export { loadBaseModel, loadBuiltinModels, loadEmotionHeads, loadGoEmotionsHeads, loadMultilingualModel } from './builtin-models.js'
