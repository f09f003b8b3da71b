import { describe, expect, it } from 'vitest'
import { type EarlierReading, topicDelta } from './topic-delta.js'

const message = { id: 'm1', createdAt: 1_000 }
const reading = { score: -0.6, label: 'negative' as const, emotions: { frustration: 0.7 } }
const stored = (over: Partial<EarlierReading>): EarlierReading => ({ score: -0.6, label: 'negative', emotions: JSON.stringify({ frustration: 0.7 }), language: 'en', topic: null, topic_version: null, ...over })
const V = 42

describe('topic rollup deltas', () => {
  it('counts a first reading under its topic and marks it', () => {
    const d = topicDelta(message, reading, undefined, 'billing', V)
    expect(d.inputs).toEqual([{ at: 1_000, score: -0.6, label: 'negative', emotions: { frustration: 0.7 }, dims: { topic: 'billing' } }])
    expect(d.mark).toEqual({ messageId: 'm1', topic: 'billing' })
  })

  it('changes nothing for the same reading already counted under the same topic and model', () => {
    expect(topicDelta(message, reading, stored({ topic: 'billing', topic_version: V }), 'billing', V)).toEqual({ inputs: [] })
    // PostgreSQL hands bigints over as strings.
    expect(topicDelta(message, reading, stored({ topic: 'billing', topic_version: String(V) }), 'billing', V)).toEqual({ inputs: [] })
  })

  it('takes a changed reading out of the topic it was counted under and puts the new one in', () => {
    const d = topicDelta(message, { ...reading, score: 0.2, label: 'neutral' }, stored({ topic: 'billing', topic_version: V }), 'billing', V)
    expect(d.inputs.map((i) => [i.dims.topic, i.weight ?? 1, i.score])).toEqual([
      ['billing', -1, -0.6],
      ['billing', 1, 0.2],
    ])
    expect(d.mark).toBeUndefined()
  })

  it('never takes out a reading counted under an older topic model, or not at all: the recount covers those', () => {
    for (const old of [stored({ topic: 'billing', topic_version: V - 1 }), stored({})]) {
      const d = topicDelta(message, reading, old, 'login', V)
      expect(d.inputs.map((i) => [i.dims.topic, i.weight ?? 1])).toEqual([['login', 1]])
      expect(d.mark).toEqual({ messageId: 'm1', topic: 'login' })
    }
  })

  it('moves a message that now falls under no topic out of its old one, and marks it counted as none', () => {
    const d = topicDelta(message, reading, stored({ topic: 'billing', topic_version: V }), '', V)
    expect(d.inputs.map((i) => [i.dims.topic, i.weight ?? 1])).toEqual([['billing', -1]])
    expect(d.mark).toEqual({ messageId: 'm1', topic: '' })
  })
})
