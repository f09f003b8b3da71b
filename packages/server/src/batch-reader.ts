import { availableParallelism } from 'node:os'
import { type DomainProfile, type ReadContext, type Reader, type Reading, createReader } from '@undertone/engine'
import { Piscina } from 'piscina'

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
 */
export function profileReaders(base: Reader, max = 16): (profile: DomainProfile | undefined) => Reader {
  const cache = new Map<string, Reader>()
  return (profile) => {
    if (profile === undefined) return base
    const key = JSON.stringify(profile)
    let r = cache.get(key)
    if (r === undefined) {
      r = createReader({ profiles: [profile] })
      if (cache.size >= max) cache.delete(cache.keys().next().value as string)
      cache.set(key, r)
    }
    return r
  }
}

/** Reads many messages at once, possibly on other threads. */
export interface BatchReader {
  readMany(items: readonly ReadItem[]): Promise<Reading[]>
  close(): Promise<void>
}

/** Reads on the calling thread (tests, small deployments). */
export function inProcessBatchReader(reader: Reader): BatchReader {
  const readerFor = profileReaders(reader)
  return {
    readMany: async (items) => items.map((i) => readerFor(i.profile).read(i.text, i.context)),
    close: async () => {},
  }
}

/**
 * Reads on a pool of worker threads so the event loop keeps serving requests while a large batch
 * is read. Each thread loads the engine and the built-in model once. Batches are split into chunks
 * so all threads share the work.
 */
export function threadPoolBatchReader(options: { threads?: number; chunk?: number; execArgv?: string[] } = {}): BatchReader {
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1))
  const pool = new Piscina({ filename: new URL('./read-thread.js', import.meta.url).href, minThreads: 1, maxThreads: threads, idleTimeout: 60_000, ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }) })
  const chunk = options.chunk ?? 64
  return {
    async readMany(items) {
      const parts: Promise<Reading[]>[] = []
      for (let i = 0; i < items.length; i += chunk) parts.push(pool.run(items.slice(i, i + chunk)) as Promise<Reading[]>)
      return (await Promise.all(parts)).flat()
    },
    close: () => pool.destroy(),
  }
}
