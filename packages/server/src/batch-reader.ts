import { availableParallelism } from 'node:os'
import { type Adaptation, type DomainProfile, type ReadContext, type Reader, type Reading, type SparseVector, adaptReading, createReader } from '@undertone/engine'
import { Piscina } from 'piscina'
import { mapInSlices } from './map-in-slices.js'

/** One text to read and what the caller knows about it. */
export interface ReadItem {
  readonly text: string
  readonly context?: ReadContext
  /** A workspace's own profile (its terms), read as `context.domain = profile.id`. */
  readonly profile?: DomainProfile
}

/**
 * Readers with a workspace's own profile, created on first use and kept for the most recent few
 * profiles (a reader compiles its profiles once; creating one per message would be slow).
 * `withProfile` makes one; by default the base reader's own model with the profile.
 */
export function profileReaders(base: Reader, withProfile: (profile: DomainProfile) => Reader = (p) => base.withProfiles?.([p]) ?? createReader({ profiles: [p] }), max = 16): (profile: DomainProfile | undefined) => Reader {
  const cache = new Map<string, Reader>()
  return (profile) => {
    if (profile === undefined) return base
    const key = JSON.stringify(profile)
    let r = cache.get(key)
    if (r === undefined) {
      r = withProfile(profile)
      if (cache.size >= max) cache.delete(cache.keys().next().value as string)
      cache.set(key, r)
    }
    return r
  }
}

/** How a batch is read. */
export interface ReadOptions {
  /** Rejects with the signal's reason once it aborts; what was being read is dropped. */
  readonly signal?: AbortSignal | undefined
  /** The workspace's learned adaptation, applied to every reading (`adaptReading`). */
  readonly adaptation?: Adaptation | undefined
}

/** Reads many messages at once, as their workspace reads them, possibly on other threads. */
export interface BatchReader {
  readMany(items: readonly ReadItem[], options?: ReadOptions): Promise<Reading[]>
  close(): Promise<void>
}

/** What a pool thread is asked to read. */
export interface ReadTask {
  readonly items: readonly ReadItem[]
  /** Whether to send each text's adapter features back, for the adaptation. */
  readonly features: boolean
}

/** What a pool thread sends back: a reading per item, and its adapter features when asked. */
export interface ReadResult {
  readonly readings: Reading[]
  readonly features?: SparseVector[]
}

const inProcess = new WeakMap<Reader, BatchReader>()

/**
 * Reads on the calling thread (tests, and a deployment without a pool): the event loop does the
 * reading, serving others between slices of texts, and an abort takes effect between texts.
 * One per reader, so every caller shares its profile readers.
 */
export function inProcessBatchReader(reader: Reader): BatchReader {
  let b = inProcess.get(reader)
  if (b === undefined) {
    const readerFor = profileReaders(reader)
    b = {
      readMany: (items, options = {}) =>
        mapInSlices(
          items,
          (i) => {
            const base = readerFor(i.profile).read(i.text, i.context)
            return options.adaptation === undefined ? base : adaptReading(base, i.text, options.adaptation)
          },
          options.signal,
        ),
      close: async () => {},
    }
    inProcess.set(reader, b)
  }
  return b
}

/** Options of {@link threadPoolBatchReader}. */
export interface ThreadPoolOptions {
  /** Most threads; default: the cores but one, from 1 to 4. */
  readonly threads?: number
  /** Most texts in one task. */
  readonly chunk?: number
  /** Most characters in one task (a task holds at least one text), so long texts spread over the threads. */
  readonly chunkChars?: number
  /** An encoded model file the threads read with instead of the built-in model (`--model`). */
  readonly modelFile?: string
  /** Node flags of the threads; default: this process's. */
  readonly execArgv?: string[]
}

/**
 * Reads on a pool of worker threads so the event loop keeps serving requests while a large batch
 * is read. Each thread loads the engine and its model once. Batches are split into tasks by count
 * and by length so all threads share the work; an aborted read ends the thread reading it (the
 * pool starts another), so a runaway text never keeps a thread.
 */
export function threadPoolBatchReader(options: ThreadPoolOptions = {}): BatchReader {
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1))
  // The thread's module sits beside this one, as TypeScript under the test runner, else as built.
  const thread = new URL(import.meta.url.endsWith('.ts') ? './read-thread.ts' : './read-thread.js', import.meta.url)
  const pool = new Piscina({
    filename: thread.href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
    ...(options.modelFile === undefined ? {} : { workerData: { modelFile: options.modelFile } }),
    ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }),
  })
  const chunk = options.chunk ?? 64
  const chunkChars = options.chunkChars ?? 50_000
  return {
    async readMany(items, readOptions = {}) {
      const { signal, adaptation } = readOptions
      const parts: Promise<ReadResult>[] = []
      let start = 0
      let chars = 0
      for (let i = 0; i < items.length; i++) {
        chars += (items[i] as ReadItem).text.length
        if (i + 1 === items.length || i + 1 - start >= chunk || chars + (items[i + 1] as ReadItem).text.length > chunkChars) {
          const task: ReadTask = { items: items.slice(start, i + 1), features: adaptation !== undefined }
          parts.push(pool.run(task, signal === undefined ? {} : { signal }) as Promise<ReadResult>)
          start = i + 1
          chars = 0
        }
      }
      let results: ReadResult[]
      try {
        results = await Promise.all(parts)
      } catch (err) {
        // Piscina wraps the reason in its own AbortError; callers see the signal's reason.
        if (signal?.aborted === true) throw signal.reason
        throw err
      }
      const readings = results.flatMap((r) => r.readings)
      if (adaptation === undefined) return readings
      // The thread did the part that grows with the text (its features); what is left is cheap.
      const features = results.flatMap((r) => r.features ?? [])
      return mapInSlices(readings, (r, k) => adaptReading(r, (items[k] as ReadItem).text, adaptation, features[k]), signal)
    },
    close: () => pool.destroy(),
  }
}
