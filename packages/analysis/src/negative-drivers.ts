import { type SentimentLabel, tokenize } from '@undertone/engine'
import { isContentWord } from './filler-words.js'
import { mergeDriverPhrases } from './merge-driver-phrases.js'

export { FILLER_WORDS, isContentWord } from './filler-words.js'
export { mergeDriverPhrases } from './merge-driver-phrases.js'

/** A customer message as the drivers analysis needs it. */
export interface TopicMessage {
  readonly id: string
  readonly at: number
  readonly score: number
  readonly label: SentimentLabel
  readonly text: string
  readonly productArea?: string
}

/** A topic as the drivers need it (see discoverTopics). */
interface DriverTopic {
  readonly id: string
  readonly label: string
  readonly terms: readonly { readonly term: string; readonly weight: number }[]
}

/** A topic that drives negative feeling, with the numbers behind its rank. */
export interface Driver {
  readonly topic: string
  readonly kind: 'phrase' | 'product-area' | 'topic'
  /** For topics: the topic's name (its strongest terms); for merged phrases: the phrases joined. */
  readonly label?: string
  /** Phrases folded into this one because they stand for the same messages (see mergeDriverPhrases). */
  readonly also?: readonly string[]
  /** Negative messages mentioning it in the current window. */
  readonly negativeCount: number
  /** Its share of all negative messages, now and in the window before. */
  readonly shareNow: number
  readonly sharePrevious: number
  /** Share of the messages mentioning it that are negative. */
  readonly negativity: number
  /** shareNow / sharePrevious, smoothed and capped to 0.5..3. */
  readonly growth: number
  readonly score: number
  /** A few negative messages mentioning it (ids), newest first. */
  readonly examples: readonly string[]
}

/**
 * Content words and adjacent content-word pairs of a text, each once. Filler words (see
 * FILLER_WORDS) and punctuation break a pair, so "Nope. Same error." gives nothing and "the CSV
 * export" gives "csv", "export" and "csv export".
 */
export function keyPhrases(text: string): string[] {
  const out = new Set<string>()
  let prev: string | undefined
  for (const t of tokenize(text)) {
    const w = t.kind === 'word' || t.kind === 'hashtag' ? t.norm.replace(/'/g, '') : undefined
    if (w !== undefined && isContentWord(w)) {
      out.add(w)
      if (prev !== undefined) out.add(`${prev} ${w}`)
      prev = w
    } else prev = undefined
  }
  return [...out]
}

// Day tallies stored before a word joined the filler list still hold its phrases.
const isContentPhrase = (phrase: string): boolean => phrase.split(' ').every(isContentWord)

/** Whether most of a topic's weight is on content phrases (a topic found before the filler list may not be). */
function namesSomething(topic: DriverTopic): boolean {
  let content = 0
  let all = 0
  for (const t of topic.terms) {
    all += t.weight
    if (isContentPhrase(t.term)) content += t.weight
  }
  return content > all / 2
}

/** Counts for one driver key (a phrase, topic or product area) over some messages. */
export interface DriverCount {
  readonly kind: Driver['kind']
  /** Negative messages mentioning it, and all messages mentioning it. */
  neg: number
  all: number
  /** Its newest negative messages (at most three), newest first. */
  examples: { id: string; at: number }[]
}

/**
 * What the drivers ranking needs from a set of messages: how many were negative, and per key how
 * many mentioned it. Tallies add up (days into windows), so they can be stored per day and merged.
 */
export interface DriverTally {
  negative: number
  readonly keys: Map<string, DriverCount>
}

const EXAMPLES = 3

/** An empty tally. */
export function emptyTally(): DriverTally {
  return { negative: 0, keys: new Map() }
}

function keepNewest(examples: { id: string; at: number }[]): { id: string; at: number }[] {
  return examples.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1)).slice(0, EXAMPLES)
}

/** Counts the key phrases, topics and product areas of `messages` (see negativeDrivers). */
export function tallyDrivers(messages: readonly TopicMessage[], topics?: readonly DriverTopic[]): DriverTally {
  const tally = emptyTally()
  const bump = (key: string, kind: Driver['kind'], m: TopicMessage, neg: boolean): void => {
    let t = tally.keys.get(key)
    if (t === undefined) {
      t = { kind, neg: 0, all: 0, examples: [] }
      tally.keys.set(key, t)
    }
    t.all++
    if (neg) {
      t.neg++
      t.examples.push({ id: m.id, at: m.at })
      if (t.examples.length > 4 * EXAMPLES) t.examples = keepNewest(t.examples)
    }
  }
  for (const m of messages) {
    const neg = m.label === 'negative'
    if (neg) tally.negative++
    const phrases = keyPhrases(m.text)
    for (const p of phrases) bump(`phrase:${p}`, 'phrase', m, neg)
    const topic = topics === undefined ? undefined : topicOfPhrases(new Set(phrases), topics)
    if (topic !== undefined) bump(`topic:${topic}`, 'topic', m, neg)
    if (m.productArea !== undefined) bump(`area:${m.productArea}`, 'product-area', m, neg)
  }
  for (const t of tally.keys.values()) t.examples = keepNewest(t.examples)
  return tally
}

/**
 * Adds `factor` × `source` into `target`. The factor scales a sampled day up to the day's volume,
 * or takes the part of a day that falls inside a window; `keep` drops keys (a stale topic, say).
 */
export function addTally(target: DriverTally, source: DriverTally, factor = 1, keep?: (key: string) => boolean): void {
  target.negative += factor * source.negative
  for (const [key, s] of source.keys) {
    if (keep !== undefined && !keep(key)) continue
    const t = target.keys.get(key)
    if (t === undefined) target.keys.set(key, { kind: s.kind, neg: factor * s.neg, all: factor * s.all, examples: [...s.examples] })
    else {
      t.neg += factor * s.neg
      t.all += factor * s.all
      t.examples = keepNewest([...t.examples, ...s.examples])
    }
  }
}

/**
 * The tally cut down for storage: product areas and topics always; the `maxPhrases` phrases most
 * mentioned in negative messages (the only ones that can become drivers); and the `maxPhrases`
 * most mentioned overall, so a phrase's negativity also counts the days it was mentioned only
 * kindly.
 */
export function compactTally(tally: DriverTally, maxPhrases: number): DriverTally {
  const phrases = [...tally.keys.entries()].filter(([, t]) => t.kind === 'phrase')
  const byName = (a: [string, DriverCount], b: [string, DriverCount]): number => (a[0] < b[0] ? -1 : 1)
  const negative = phrases.filter(([, t]) => t.neg > 0).sort((a, b) => b[1].neg - a[1].neg || b[1].all - a[1].all || byName(a, b))
  const mentioned = [...phrases].sort((a, b) => b[1].all - a[1].all || byName(a, b))
  const out = emptyTally()
  out.negative = tally.negative
  for (const [k, t] of tally.keys) if (t.kind !== 'phrase') out.keys.set(k, t)
  for (const [k, t] of [...negative.slice(0, maxPhrases), ...mentioned.slice(0, maxPhrases)]) out.keys.set(k, t)
  return out
}

/** A tally as plain JSON: `[negative, [[key, neg, all, id, at, id, at, …], …]]`. */
export type StoredTally = [number, [string, number, number, ...(string | number)[]][]]

const KIND_OF_PREFIX: Record<string, Driver['kind']> = { phrase: 'phrase', topic: 'topic', area: 'product-area' }

/** Encodes a tally compactly for storage (see decodeTally). */
export function encodeTally(tally: DriverTally): StoredTally {
  return [tally.negative, [...tally.keys.entries()].map(([k, t]) => [k, t.neg, t.all, ...t.examples.flatMap((e) => [e.id, e.at])])]
}

/** Decodes encodeTally's output; keys of an unknown kind are skipped. */
export function decodeTally(stored: StoredTally): DriverTally {
  const out = emptyTally()
  out.negative = stored[0]
  for (const [key, neg, all, ...ex] of stored[1]) {
    const kind = KIND_OF_PREFIX[key.slice(0, key.indexOf(':'))]
    if (kind === undefined) continue
    const examples: { id: string; at: number }[] = []
    for (let i = 0; i + 1 < ex.length; i += 2) examples.push({ id: String(ex[i]), at: Number(ex[i + 1]) })
    out.keys.set(key, { kind, neg, all, examples })
  }
  return out
}

/**
 * Ranks drivers from the current window's tally against the window before: volume × negativity ×
 * growth, with near-duplicate phrases folded into one (mergeDriverPhrases). "export" at 18% of negative messages this week, up from 6%, ranks above a bigger but
 * steady topic. Counts may be fractional (scaled samples); they are rounded for display.
 */
export function rankDrivers(now: DriverTally, previous: DriverTally, opts: { minCount?: number; limit?: number; topics?: readonly DriverTopic[] } = {}): Driver[] {
  const minCount = opts.minCount ?? 3
  const drivers: Driver[] = []
  for (const [key, t] of now.keys) {
    if (t.neg < minCount - 1e-9) continue
    if (t.kind === 'phrase' && !isContentPhrase(key.slice(key.indexOf(':') + 1))) continue
    // A topic found before its words joined the filler list ("nope same · same error") names nothing.
    const topic = t.kind === 'topic' ? opts.topics?.find((x) => x.id === key.slice(6)) : undefined
    if (topic !== undefined && !namesSomething(topic)) continue
    const prevNeg = previous.keys.get(key)?.neg ?? 0
    const shareNow = now.negative > 0 ? Math.min(1, t.neg / now.negative) : 0
    const sharePrevious = previous.negative > 0 ? Math.min(1, prevNeg / previous.negative) : 0
    const negativity = t.all > 0 ? Math.min(1, t.neg / t.all) : 0
    const growth = Math.min(3, Math.max(0.5, (shareNow + 0.02) / (sharePrevious + 0.02)))
    drivers.push({
      topic: key.slice(key.indexOf(':') + 1),
      kind: t.kind,
      ...(t.kind === 'topic' ? { label: topic?.label ?? key.slice(6) } : {}),
      negativeCount: Math.round(t.neg),
      shareNow,
      sharePrevious,
      negativity,
      growth,
      score: shareNow * negativity * growth,
      examples: t.examples.map((e) => e.id),
    })
  }
  drivers.sort((a, b) => b.score - a.score || (a.topic < b.topic ? -1 : 1))
  return mergeDriverPhrases(drivers).slice(0, opts.limit ?? 50)
}

/**
 * The drivers of negative feeling in the current window (`windowDays` ending at `now`): key
 * phrases, topics and product areas of the messages, ranked by rankDrivers.
 */
export function negativeDrivers(messages: readonly TopicMessage[], opts: { now: number; windowDays?: number; minCount?: number; limit?: number; topics?: readonly DriverTopic[] }): Driver[] {
  const win = (opts.windowDays ?? 7) * 86_400_000
  const inNow: TopicMessage[] = []
  const inPrev: TopicMessage[] = []
  for (const m of messages) {
    const age = opts.now - m.at
    if (age < 0 || age >= 2 * win) continue
    ;(age < win ? inNow : inPrev).push(m)
  }
  return rankDrivers(tallyDrivers(inNow, opts.topics), tallyDrivers(inPrev, opts.topics), opts)
}

/** The topic whose terms a message's phrases carry most weight of (≥ `minScore`). */
export function topicOfPhrases(phrases: ReadonlySet<string>, topics: readonly DriverTopic[], minScore = 0.15): string | undefined {
  let best: string | undefined
  let bestScore = minScore
  for (const t of topics) {
    let s = 0
    for (const { term, weight } of t.terms) if (phrases.has(term)) s += weight
    if (s > bestScore) {
      bestScore = s
      best = t.id
    }
  }
  return best
}
