import { describe, expect, it } from 'vitest'
import { type TopicMessage, addTally, emptyTally, keyPhrases, negativeDrivers, rankDrivers, tallyDrivers } from '../src/index.js'
import { isContentWord } from '../src/filler-words.js'
import { mergeDriverPhrases } from '../src/merge-driver-phrases.js'

const D = 86_400_000
const NOW = 30 * D

/** `count` negative messages of one text, one an hour back from `newest`. */
function many(prefix: string, count: number, text: string, newest: number, negative = true): TopicMessage[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, at: newest - i * 3_600_000, score: negative ? -0.6 : 0.4, label: negative ? ('negative' as const) : ('positive' as const), text }))
}

describe('key phrases leave filler out', () => {
  it('finds nothing to act on in the sound of a complaint', () => {
    expect(keyPhrases('Nah. Same thing again, nope.')).toEqual([])
    expect(keyPhrases('Restarted it twice and it still fails. Great.')).toEqual(['twice'])
    expect(keyPhrases('Still not working, this is getting silly')).toEqual(['silly'])
  })

  it('keeps the product words, and pairs only words that stand next to each other in one sentence', () => {
    expect(keyPhrases('The invoice PDF is blank. Billing page loads fine')).toEqual(['invoice', 'pdf', 'invoice pdf', 'blank', 'billing', 'page', 'billing page', 'loads', 'page loads'])
    // The full stop ends the pair: "blank billing" is not a phrase anyone wrote.
    expect(keyPhrases('The invoice PDF is blank. Billing page loads fine')).not.toContain('blank billing')
    expect(isContentWord('webhook')).toBe(true)
    expect(isContentWord('nope')).toBe(false)
  })
})

describe('drivers fold near-duplicate phrases', () => {
  it('shows one driver for the phrases of one sentence, and keeps a broader phrase apart', () => {
    const messages = [
      // This week: one template 40 times, and the word "webhook" in another 25 times besides.
      ...many('a', 40, 'The webhook signature check rejects every call', NOW - D),
      ...many('b', 25, 'Our webhook retries pile up overnight', NOW - 2 * D),
      ...many('c', 30, 'The mobile app logs me out', NOW - 3 * D, false),
      // The week before: little of either.
      ...many('d', 5, 'The webhook signature check rejects every call', NOW - 9 * D),
      ...many('e', 20, 'The mobile app logs me out', NOW - 10 * D),
    ]
    const drivers = negativeDrivers(messages, { now: NOW })
    const phrases = drivers.filter((d) => d.kind === 'phrase')
    // "webhook signature", "signature check", "check rejects", "rejects", "call"… are one driver;
    // "webhook" shares its newest examples but not its count, so it stays a driver of its own.
    const fromTemplate = phrases.filter((d) => d.examples.includes('a0') && d.topic !== 'webhook')
    expect(fromTemplate).toHaveLength(1)
    expect(fromTemplate[0]?.negativeCount).toBe(40)
    expect(fromTemplate[0]?.label).toMatch(/signature/)
    expect(fromTemplate[0]?.also).toEqual(expect.arrayContaining(['signature', 'rejects', 'call']))
    // "webhook" is in 65 negative messages, not 40: a broader driver of its own.
    expect(phrases.find((d) => d.topic === 'webhook')?.negativeCount).toBe(65)
    // The other template folds too, and nothing shown is a filler word.
    expect(phrases.filter((d) => d.examples.includes('b0'))).toHaveLength(1)
    expect(phrases.every((d) => d.topic.split(' ').every(isContentWord))).toBe(true)
  })

  it('folds a phrase into a longer one with the same messages: "csv" into "csv export"', () => {
    const merged = mergeDriverPhrases([
      { topic: 'csv', kind: 'phrase' as const, negativeCount: 59, score: 0.3, examples: ['m3', 'm2', 'm1'] },
      { topic: 'export', kind: 'product-area' as const, negativeCount: 250, score: 0.28, examples: ['m3', 'm2', 'm1'] },
      { topic: 'csv export', kind: 'phrase' as const, negativeCount: 59, score: 0.3, examples: ['m3', 'm2', 'm1'] },
      { topic: 'export', kind: 'phrase' as const, negativeCount: 99, score: 0.25, examples: ['m3', 'm2', 'm1'] },
      { topic: 'timezone', kind: 'phrase' as const, negativeCount: 42, score: 0.1, examples: ['m9', 'm8', 'm7'] },
    ])
    expect(merged.map((d) => [d.kind, d.topic, d.score])).toEqual([
      ['phrase', 'csv export', 0.3],
      ['product-area', 'export', 0.28],
      ['phrase', 'export', 0.25],
      ['phrase', 'timezone', 0.1],
    ])
    expect(merged[0]?.also).toEqual(['csv'])
    expect(merged[0]?.label).toBeUndefined()
  })

  it('drops filler phrases that day tallies stored before the filler list knew them', () => {
    const now = emptyTally()
    addTally(now, tallyDrivers(many('x', 10, 'Invoice totals are off', NOW - D)))
    now.negative += 20
    now.keys.set('phrase:nope same', { kind: 'phrase', neg: 20, all: 20, examples: [{ id: 'old1', at: NOW - D }] })
    now.keys.set('phrase:nope', { kind: 'phrase', neg: 20, all: 20, examples: [{ id: 'old1', at: NOW - D }] })
    const topics = rankDrivers(now, emptyTally()).map((d) => d.topic)
    expect(topics).not.toContain('nope')
    expect(topics).not.toContain('nope same')
    expect(topics).toContain('invoice totals')
  })

  it('leaves out a topic whose words are mostly filler, found before the filler list knew them', () => {
    const topics = [
      { id: 't1', label: 'nope · same thing', terms: [{ term: 'nope', weight: 0.6 }, { term: 'same thing', weight: 0.5 }, { term: 'invoice', weight: 0.1 }] },
      { id: 't2', label: 'invoice totals', terms: [{ term: 'invoice totals', weight: 0.7 }, { term: 'totals', weight: 0.4 }] },
    ]
    const now = tallyDrivers([...many('x', 10, 'Invoice totals are off', NOW - D), ...many('y', 10, 'Nope, same thing', NOW - D)])
    now.keys.set('topic:t1', { kind: 'topic', neg: 10, all: 10, examples: [{ id: 'y0', at: NOW - D }] })
    now.keys.set('topic:t2', { kind: 'topic', neg: 10, all: 10, examples: [{ id: 'x0', at: NOW - D }] })
    const shown = rankDrivers(now, emptyTally(), { topics }).filter((d) => d.kind === 'topic')
    expect(shown.map((d) => d.label)).toEqual(['invoice totals'])
  })
})
