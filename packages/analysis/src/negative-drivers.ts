import { type SentimentLabel, tokenize } from '@undertone/engine'

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
  /** For topics: the topic's name (its strongest terms). */
  readonly label?: string
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

const STOP = new Set(
  'a an the and or but if then so of to in on at by for with from as is are was were be been being am i me my we our you your it its this that these those he she they them their there here what which who when where why how all any some no not do does did done have has had can could will would should shall may might must just very really also too only than into about over again still get got please thanks thank hi hello hey dear team support help issue problem question one two im ive id dont cant wont isnt doesnt didnt its thats theres yes yeah ok okay would like need want know see use using used make made going time now today'.split(
    ' ',
  ),
)

/** Content words and adjacent content-word pairs of a text, each once. */
export function keyPhrases(text: string): string[] {
  const words = tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'hashtag')
    .map((t) => t.norm.replace(/'/g, ''))
  const out = new Set<string>()
  let prev: string | undefined
  for (const w of words) {
    const content = w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)
    if (content) {
      out.add(w)
      if (prev !== undefined) out.add(`${prev} ${w}`)
      prev = w
    } else prev = undefined
  }
  return [...out]
}

interface Tally {
  negNow: number
  allNow: number
  negPrev: number
  examples: { id: string; at: number }[]
}

/**
 * The drivers of negative feeling in the current window (`windowDays` ending at `now`): key
 * phrases and product areas, ranked by volume × negativity × growth against the window before.
 * "export" at 18% of negative messages this week, up from 6%, ranks above a bigger but steady topic.
 */
export function negativeDrivers(messages: readonly TopicMessage[], opts: { now: number; windowDays?: number; minCount?: number; limit?: number; topics?: readonly DriverTopic[] }): Driver[] {
  const win = (opts.windowDays ?? 7) * 86_400_000
  const minCount = opts.minCount ?? 3
  const tallies = new Map<string, Tally & { kind: Driver['kind'] }>()
  let negNow = 0
  let negPrev = 0
  const bump = (key: string, kind: Driver['kind'], m: TopicMessage, now: boolean, neg: boolean): void => {
    const t = tallies.get(key) ?? { kind, negNow: 0, allNow: 0, negPrev: 0, examples: [] }
    if (now) {
      t.allNow++
      if (neg) {
        t.negNow++
        t.examples.push({ id: m.id, at: m.at })
      }
    } else if (neg) t.negPrev++
    tallies.set(key, t)
  }
  for (const m of messages) {
    const age = opts.now - m.at
    if (age < 0 || age >= 2 * win) continue
    const now = age < win
    const neg = m.label === 'negative'
    if (neg) now ? negNow++ : negPrev++
    const phrases = keyPhrases(m.text)
    for (const p of phrases) bump(`phrase:${p}`, 'phrase', m, now, neg)
    const topic = opts.topics === undefined ? undefined : topicOfPhrases(new Set(phrases), opts.topics)
    if (topic !== undefined) bump(`topic:${topic}`, 'topic', m, now, neg)
    if (m.productArea !== undefined) bump(`area:${m.productArea}`, 'product-area', m, now, neg)
  }
  const drivers: Driver[] = []
  for (const [key, t] of tallies) {
    if (t.negNow < minCount) continue
    const shareNow = negNow > 0 ? t.negNow / negNow : 0
    const sharePrevious = negPrev > 0 ? t.negPrev / negPrev : 0
    const negativity = t.allNow > 0 ? t.negNow / t.allNow : 0
    const growth = Math.min(3, Math.max(0.5, (shareNow + 0.02) / (sharePrevious + 0.02)))
    drivers.push({
      topic: key.slice(key.indexOf(':') + 1),
      kind: t.kind,
      ...(t.kind === 'topic' ? { label: opts.topics?.find((x) => x.id === key.slice(6))?.label ?? key.slice(6) } : {}),
      negativeCount: t.negNow,
      shareNow,
      sharePrevious,
      negativity,
      growth,
      score: shareNow * negativity * growth,
      examples: t.examples.sort((a, b) => b.at - a.at).slice(0, 3).map((e) => e.id),
    })
  }
  drivers.sort((a, b) => b.score - a.score || (a.topic < b.topic ? -1 : 1))
  return drivers.slice(0, opts.limit ?? 50)
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
