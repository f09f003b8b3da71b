import { describe, expect, it } from 'vitest'
import { DEFAULT_ANALYSIS_CONFIG, type ReplyPost, decideAlert, rankQueue, rebuildThreads, resolveAnalysisConfig, weightedTrend } from '../src/index.js'

const cfg = DEFAULT_ANALYSIS_CONFIG

describe('weightedTrend', () => {
  it('is stable for flat or single-point series', () => {
    expect(weightedTrend([0.2], cfg.trend).direction).toBe('stable')
    expect(weightedTrend([0.1, 0.12, 0.09], cfg.trend).direction).toBe('stable')
  })
  it('reads recovery then relapse as deteriorating and finds the change point', () => {
    const t = weightedTrend([-0.9, 0, -0.95], cfg.trend)
    expect(t.direction).toBe('deteriorating')
    expect(t.drop).toBeCloseTo(0.95)
    expect(weightedTrend([-0.8, -0.7, 0.6, 0.7], cfg.trend).changePoint).toMatchObject({ index: 2 })
  })
  it('reads a steady rise as improving', () => {
    expect(weightedTrend([-0.6, -0.2, 0.3], cfg.trend).direction).toBe('improving')
  })
  it('gives messages that all read near neutral no direction, whatever their wobble', () => {
    // "Hello!" then "What are your support hours?" read 0.03 and -0.27.
    expect(weightedTrend([0.03, -0.27], cfg.trend).direction).toBe('stable')
    expect(weightedTrend([-0.25, 0.05, 0.25], cfg.trend).direction).toBe('stable')
    // Leaving the band is a direction again.
    expect(weightedTrend([0.03, -0.45], cfg.trend).direction).toBe('deteriorating')
    expect(weightedTrend([-0.2, 0.4], cfg.trend).direction).toBe('improving')
  })
})

describe('decideAlert (hysteresis)', () => {
  const a = cfg.alerts
  const H = 3_600_000
  it('raises once, holds while risk hovers, re-alerts when clearly worse or after the cooldown, clears below the lower bound', () => {
    const first = decideAlert(undefined, 0.65, 0, a)
    expect(first).toMatchObject({ alert: true, outcome: 'raised' })
    expect(decideAlert(first.state, 0.7, H, a)).toMatchObject({ alert: false, outcome: 'held' })
    expect(decideAlert(first.state, 0.45, H, a)).toMatchObject({ alert: false, outcome: 'held' })
    expect(decideAlert(first.state, 0.85, H, a)).toMatchObject({ alert: true, outcome: 'worse' })
    expect(decideAlert(first.state, 0.66, 25 * H, a)).toMatchObject({ alert: true, outcome: 'cooldown-elapsed' })
    const cleared = decideAlert(first.state, 0.3, H, a)
    expect(cleared).toMatchObject({ alert: false, outcome: 'cleared', state: { active: false } })
    expect(decideAlert(cleared.state, 0.62, 2 * H, a)).toMatchObject({ alert: true, outcome: 'raised' })
    expect(decideAlert(undefined, 0.59, 0, a)).toMatchObject({ alert: false, outcome: 'quiet' })
  })
})

describe('rankQueue', () => {
  it('puts the frustrated repeat customer before an older calm question, and keeps ties stable', () => {
    const base = { urgency: 0, frustration: 0, repeatContacts: 1, waitMinutes: 0, slaMinutes: 240 }
    const ranked = rankQueue([
      { ...base, id: 'curious-prospect', waitingSince: 0, waitMinutes: 180 },
      { ...base, id: 'frustrated-third-contact', waitingSince: 170, waitMinutes: 10, frustration: 0.9, repeatContacts: 3, urgency: 0.6 },
      { ...base, id: 'tie-b', waitingSince: 50 },
      { ...base, id: 'tie-a', waitingSince: 50 },
    ])
    expect(ranked.map((r) => r.id)).toEqual(['frustrated-third-contact', 'curious-prospect', 'tie-a', 'tie-b'])
    expect(ranked[0]?.reasons[0]?.code).toBe('frustration')
  })

  it('lets one strong reason rank high: a fresh deadline comes before an answered, frustrated customer, after one waiting a day', () => {
    const base = { urgency: 0, frustration: 0, repeatContacts: 1, waitMinutes: 0, slaMinutes: 240 }
    const ranked = rankQueue([
      { ...base, id: 'answered-frustrated', waitingSince: 0, waiting: false, frustration: 0.87, urgency: 0.35, escalation: 0.77, value: 5000 },
      { ...base, id: 'board-deadline-tomorrow', waitingSince: 10, waiting: true, waitMinutes: 6, urgency: 0.72 },
      { ...base, id: 'waiting-a-day', waitingSince: 5, waiting: true, waitMinutes: 1440, frustration: 0.9, urgency: 0.5, escalation: 0.9 },
      { ...base, id: 'calm-question', waitingSince: 20, waiting: true, waitMinutes: 30 },
    ])
    expect(ranked.map((r) => r.id)).toEqual(['waiting-a-day', 'board-deadline-tomorrow', 'answered-frustrated', 'calm-question'])
    expect(ranked[1]?.reasons[0]?.code).toBe('urgency')
    // The parts share the score; the reasons are the parts that matter.
    for (const r of ranked) {
      expect(r.parts.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(r.score, 6)
      expect(r.reasons.reduce((s, x) => s + x.weight, 0)).toBeLessThanOrEqual(r.score + 1e-9)
    }
  })
})

describe('rebuildThreads', () => {
  it('joins replies into threads, ignores dangling links and survives cycles', () => {
    const posts: ReplyPost[] = [
      { id: '1', authorId: '115', inbound: true, at: 1 },
      { id: '2', authorId: 'Brand', inbound: false, at: 2, inReplyTo: '1' },
      { id: '3', authorId: '115', inbound: true, at: 3, inReplyTo: '2' },
      { id: '4', authorId: '200', inbound: true, at: 4, inReplyTo: 'missing' },
      { id: '5', authorId: '300', inbound: true, at: 5, inReplyTo: '6' },
      { id: '6', authorId: 'Brand', inbound: false, at: 6, inReplyTo: '5' },
    ]
    const threads = rebuildThreads(posts)
    expect(threads.map((t) => [t.id, t.customerId, t.posts.map((p) => p.id)])).toEqual([
      ['1', '115', ['1', '2', '3']],
      ['4', '200', ['4']],
      ['5', '300', ['5', '6']],
    ])
  })
})

describe('resolveAnalysisConfig', () => {
  it('applies overrides and refuses invalid numbers', () => {
    const c = resolveAnalysisConfig({ escalation: { threshold: 0.7, weights: { churnThreat: 0.9 } }, alerts: { raise: Number.NaN } })
    expect(c.escalation.threshold).toBe(0.7)
    expect(c.escalation.weights.churnThreat).toBe(0.9)
    expect(c.escalation.weights.trajectory).toBe(cfg.escalation.weights.trajectory)
    expect(c.alerts.raise).toBe(cfg.alerts.raise)
  })
})
