import { readFileSync } from 'node:fs'
import { workerData } from 'node:worker_threads'
import { type CreateReaderOptions, adapterFeatures, createReader, decodeModel } from '@undertone/engine'
import { type ReadResult, type ReadTask, profileReaders } from './batch-reader.js'

/** What the pool tells its threads (see `threadPoolBatchReader`). */
interface ThreadData {
  readonly modelFile?: string
}

/** The model the process reads with: an encoded model file (`--model`), else the built-in one. */
function modelOptions(file: string | undefined): CreateReaderOptions {
  if (file === undefined) return {}
  const { model, provenance } = decodeModel(readFileSync(file))
  return { model, modelVersion: provenance.version }
}

// One reader per worker thread, created when the thread starts (plus one per workspace profile in use).
const model = modelOptions((workerData as ThreadData | null | undefined)?.modelFile)
const readerFor = profileReaders(createReader(model), (profile) => createReader({ ...model, profiles: [profile] }))

/** The task a pool thread runs: read a chunk of messages (and compute their adapter features when asked). */
export default function readChunk(task: ReadTask): ReadResult {
  const readings = task.items.map((i) => readerFor(i.profile).read(i.text, i.context))
  return task.features ? { readings, features: task.items.map((i) => adapterFeatures(i.text)) } : { readings }
}
