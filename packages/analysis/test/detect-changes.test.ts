import { describe, expect, it } from 'vitest'
import { DEFAULT_CHANGE_DETECTION, type SeriesBucket, detectChanges, resolveAnalysisConfig } from '../src/index.js'

/** A seeded normal sampler (Box–Muller over mulberry32). */
function sampler(seed: number) {
  let a = seed >>> 0
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296
  }
  return { u, normal: () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()) }
}

/** Daily buckets of per-message scores in [-1, 1]: mean `mu(day)`, message sd 0.55, 20–80 messages a day. */
function series(days: number, mu: (d: number) => number, r: ReturnType<typeof sampler>): SeriesBucket[] {
  const out: SeriesBucket[] = []
  for (let d = 0; d < days; d++) {
    const n = 20 + Math.floor(r.u() * 61)
    let sum = 0
    let sumSq = 0
    for (let i = 0; i < n; i++) {
      const x = Math.max(-1, Math.min(1, mu(d) + 0.55 * r.normal()))
      sum += x
      sumSq += x * x
    }
    out.push({ t: d, n, sum, sumSq })
  }
  return out
}

describe('detectChanges', () => {
  it('finds a hand-made shift once, where it starts', () => {
    const s: SeriesBucket[] = Array.from({ length: 40 }, (_, t) => {
      const m = t < 30 ? 0.2 : -0.2
      return { t, n: 50, sum: 50 * m, sumSq: 50 * (m * m + 0.25) }
    })
    const f = detectChanges(s)
    expect(f).toHaveLength(1)
    expect(f[0]?.since).toBeGreaterThanOrEqual(28)
    expect(f[0]?.detectedAt).toBeLessThanOrEqual(32)
    expect(f[0]?.delta).toBeLessThan(-0.2)
  })

  it('on generated data: recalls ≥ 90% of shifts of 0.2 or more within 3 days, with ≤ 1 false alarm per 100 segment-weeks', () => {
    const r = sampler(2026)
    let shifts = 0
    let caught = 0
    let quietWeeks = 0
    let falseAlarms = 0
    for (let seg = 0; seg < 300; seg++) {
      const base = r.u() * 0.6 - 0.3
      const days = 120
      if (seg % 2 === 0) {
        // Quiet segment: no shift at all.
        const f = detectChanges(series(days, () => base, r))
        falseAlarms += f.length
        quietWeeks += days / 7
        continue
      }
      const at = 40 + Math.floor(r.u() * 60)
      const size = (0.2 + r.u() * 0.3) * (r.u() < 0.5 ? -1 : 1)
      const f = detectChanges(series(days, (d) => (d < at ? base : base + size), r))
      shifts++
      if (f.some((x) => x.detectedAt >= at && x.detectedAt <= at + 3 && Math.sign(x.delta) === Math.sign(size))) caught++
      falseAlarms += f.filter((x) => x.detectedAt < at).length
      quietWeeks += at / 7
    }
    const recall = caught / shifts
    const perHundredWeeks = (falseAlarms / quietWeeks) * 100
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(perHundredWeeks).toBeLessThanOrEqual(1)
  })

  it('finds a shift in the negative share that barely moves the mean score', () => {
    // Negatives go from 30% to 50% of 80 messages a day while the mean score stays put (the new
    // negatives are mild and the positives warmer): only the share shows it.
    const s: SeriesBucket[] = Array.from({ length: 40 }, (_, t) => {
      const share = t < 30 ? 0.3 : 0.5
      return { t, n: 80, sum: 0, sumSq: 80 * 0.3, neg: 80 * share }
    })
    const f = detectChanges(s)
    expect(f).toHaveLength(1)
    expect(f[0]?.metric).toBe('negative-share')
    expect(f[0]?.since).toBeGreaterThanOrEqual(29)
    expect(f[0]?.shareAfter).toBeCloseTo(0.5, 1)
    expect(Math.abs(f[0]?.delta ?? 1)).toBeLessThan(0.01)
  })
})

/**
 * Daily buckets of a support segment as they really arrive: customers write in conversations of
 * three messages that share a mood, the weekend is quieter and grumpier, and each day wobbles on
 * its own. `share(d)` is the expected share of negative messages on day d.
 */
function conversations(days: number, perDay: number, share: (d: number) => number, r: ReturnType<typeof sampler>): SeriesBucket[] {
  const out: SeriesBucket[] = []
  for (let d = 0; d < days; d++) {
    const weekend = d % 7 >= 5
    const convs = Math.max(0, Math.round((perDay / 3) * (weekend ? 0.5 : 1) * (1 + 0.2 * r.normal())))
    // An unhappy conversation's messages are mostly negative, a happy one's rarely: share = 0.1 + 0.75 q.
    const q = Math.min(1, Math.max(0, ((share(d) - 0.1) / 0.75) * (weekend ? 1.08 : 1) * Math.exp(0.12 * r.normal())))
    let n = 0
    let neg = 0
    let sum = 0
    let sumSq = 0
    for (let c = 0; c < convs; c++) {
      const unhappy = r.u() < q
      for (let m = 0; m < 3; m++) {
        const negative = r.u() < (unhappy ? 0.85 : 0.1)
        const x = Math.max(-1, Math.min(1, negative ? -0.55 + 0.3 * r.normal() : 0.25 + 0.35 * r.normal()))
        n++
        if (negative) neg++
        sum += x
        sumSq += x * x
      }
    }
    out.push({ t: d, n, sum, sumSq, neg })
  }
  return out
}

describe('detectChanges on conversations that move together', () => {
  // Share of runs caught within `within` days of a step from share a to b on day 40–59.
  const recall = (perDay: number, a: number, b: number, within: number, seed: number): number => {
    const r = sampler(seed)
    let caught = 0
    for (let i = 0; i < 50; i++) {
      const at = 40 + (i % 20)
      const f = detectChanges(conversations(90, perDay, (d) => (d < at ? a : b), r))
      if (f.some((x) => x.detectedAt >= at && x.detectedAt <= at + within && (x.shareAfter ?? 0) > (x.shareBefore ?? 1) && x.delta < 0)) caught++
    }
    return caught / 50
  }

  it('flags a whole workspace of 110 messages a day going from 35% to 50% negative, mostly within two weeks', () => {
    expect(recall(110, 0.35, 0.5, 14, 7)).toBeGreaterThanOrEqual(0.8)
  })

  it('flags a product area going from 35% to 80% negative within days', () => {
    expect(recall(40, 0.35, 0.8, 3, 11)).toBeGreaterThanOrEqual(0.9)
    expect(recall(20, 0.35, 0.8, 7, 11)).toBeGreaterThanOrEqual(0.9)
  })

  it('stays quiet on segments that do not change: at most 1 false alarm per 100 segment-weeks', () => {
    const r = sampler(2027)
    let alarms = 0
    let weeks = 0
    for (let seg = 0; seg < 200; seg++) {
      const perDay = [8, 20, 60, 150, 400][seg % 5] as number
      const share = 0.2 + r.u() * 0.4
      alarms += detectChanges(conversations(120, perDay, () => share, r)).length
      weeks += 120 / 7
    }
    expect((alarms / weeks) * 100).toBeLessThanOrEqual(1)
  })

  it('trades sensitivity for quiet with the threshold setting', () => {
    // A 10-point rise on a modest segment: the default waits for more evidence, a lower threshold
    // finds it, a higher one finds nothing; the same quiet series stays quiet at the default.
    const shift = conversations(70, 40, (d) => (d < 50 ? 0.35 : 0.45), sampler(3))
    const at = (threshold: number) => detectChanges(shift, resolveAnalysisConfig({ changes: { threshold } }).changes).filter((x) => x.detectedAt >= 50)
    const sensitive = at(2.5)
    expect(sensitive.length).toBeGreaterThan(0)
    expect(at(8)).toHaveLength(0)
    expect((sensitive[0] as { detectedAt: number }).detectedAt).toBeLessThanOrEqual(at(DEFAULT_CHANGE_DETECTION.threshold)[0]?.detectedAt ?? Number.POSITIVE_INFINITY)
  })

  it('takes its settings from the workspace analysis settings, refusing nonsense', () => {
    expect(resolveAnalysisConfig({ changes: { threshold: 3, minShareShift: 0.05 } }).changes).toEqual({ ...DEFAULT_CHANGE_DETECTION, threshold: 3, minShareShift: 0.05 })
    expect(resolveAnalysisConfig({ changes: { threshold: -2 } }).changes.threshold).toBe(DEFAULT_CHANGE_DETECTION.threshold)
  })
})

