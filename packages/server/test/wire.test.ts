import { describe, expect, expectTypeOf, it } from 'vitest'
import { DATA_KEYED_FIELDS, type Wire, camelKey, fromWireKeys, snakeKey, toWire } from '../src/http/wire.js'

// The API answers in snake_case; the use cases keep camelCase. These pin the one converter at the
// HTTP boundary: field names change, data never does, and maps keyed by data keep their keys.
describe('the wire casing', () => {
  it('turns every field name to snake_case, deeply, and leaves values alone', () => {
    const answer = {
      customerId: 'c1',
      churnRisk: 0.4,
      productArea: 'billingExport',
      arc: [{ messageId: 'm1', repliesBefore: 2 }],
      trend: { changePoint: { index: 1 } },
      accuracyCi: [0.1, 0.9],
      macroF1: 0.5,
      firstResponseP90Minutes: 12,
      waitingSince: null,
      reasons: [{ code: 'repeat-contact', weight: 0.3, detail: 'thirdTime' }],
    }
    expect(toWire(answer)).toEqual({
      customer_id: 'c1',
      churn_risk: 0.4,
      product_area: 'billingExport',
      arc: [{ message_id: 'm1', replies_before: 2 }],
      trend: { change_point: { index: 1 } },
      accuracy_ci: [0.1, 0.9],
      macro_f1: 0.5,
      first_response_p90_minutes: 12,
      waiting_since: null,
      reasons: [{ code: 'repeat-contact', weight: 0.3, detail: 'thirdTime' }],
    })
  })

  it('keeps the keys of maps keyed by data (emotions, labels, languages), converting what they hold', () => {
    const metrics = {
      trainLabels: { negative: 3, veryNegative: 1 },
      languages: { en: 40, ptBR: 2 },
      heldOut: { macroF1: 0.7 },
    }
    const reading = {
      emotions: { frustration: 0.8, customEmotion: 0.1 },
      sentiment: { probabilities: { negative: 0.7, neutral: 0.2, positive: 0.1 } },
      explanations: { frustration: { cues: ['repeat-contact'], termHits: ['broken'] } },
    }
    expect(toWire({ metrics, reading })).toEqual({
      metrics: { train_labels: { negative: 3, veryNegative: 1 }, languages: { en: 40, ptBR: 2 }, held_out: { macro_f1: 0.7 } },
      reading: {
        emotions: { frustration: 0.8, customEmotion: 0.1 },
        sentiment: { probabilities: { negative: 0.7, neutral: 0.2, positive: 0.1 } },
        // The map's keys are emotion names; the records under them are converted.
        explanations: { frustration: { cues: ['repeat-contact'], term_hits: ['broken'] } },
      },
    })
    expect([...DATA_KEYED_FIELDS]).toEqual(expect.arrayContaining(['emotions', 'probabilities', 'trainLabels', 'languages']))
  })

  it('converts an array under a data-keyed name as usual, and keeps a "__proto__" data key as a key', () => {
    expect(toWire({ emotions: [{ readAt: 1 }] })).toEqual({ emotions: [{ read_at: 1 }] })
    const map = JSON.parse('{"emotions": {"__proto__": 1, "anger": 0.5}}') as { emotions: Record<string, number> }
    const out = toWire(map)
    expect(Object.keys(out.emotions)).toEqual(['__proto__', 'anger'])
    expect(Object.getPrototypeOf(out.emotions)).toBe(Object.prototype)
  })

  it('changes nothing when converting twice (an Idempotency-Key replay of a stored answer)', () => {
    const once = toWire({ readingsPending: 1, readings: [{ needsReview: true, emotions: { anger: 1 } }] })
    expect(toWire(once)).toEqual(once)
  })

  it('types the answer as it goes over the wire', () => {
    const out = toWire({ churnRisk: 1, emotions: { joy: 1 } as Record<string, number>, arc: [{ messageId: 'm' }] as readonly { messageId: string }[], labels: { veryNegative: 1 } })
    expectTypeOf(out).toEqualTypeOf<{ churn_risk: number; emotions: Record<string, number>; arc: { message_id: string }[]; labels: { very_negative: number } }>()
    expectTypeOf<Wire<{ trainLabels: { veryNegative: number } }>>().toEqualTypeOf<{ train_labels: { veryNegative: number } }>()
    expectTypeOf<Wire<{ accuracyCi: readonly [number, number] | null }>>().toEqualTypeOf<{ accuracy_ci: [number, number] | null }>()
  })

  it('reads snake_case settings names back as the use cases spell them, and names the ones that were not snake_case', () => {
    expect(snakeKey('healthHalfLifeDays')).toBe('health_half_life_days')
    expect(camelKey('health_half_life_days')).toBe('healthHalfLifeDays')
    expect(fromWireKeys({ sla: { reply_minutes: 30 }, trend: { recencyDecay: 0.5 } }, 'analysis')).toEqual({ value: { sla: { replyMinutes: 30 }, trend: { recencyDecay: 0.5 } }, notSnake: ['analysis.trend.recencyDecay'] })
  })
})
