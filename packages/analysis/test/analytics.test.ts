import { describe, expect, it } from 'vitest'
import { type ConversationFact, type TopicMessage, addTally, agentCoaching, compactTally, decodeTally, emptyTally, encodeTally, rankDrivers, tallyDrivers, escalationRates, keyPhrases, negativeDrivers, resolutionCorrelation, responseTimeBySentiment, targetProgress } from '../src/index.js'

const H = 3_600_000
const D = 24 * H

describe('analytics on small hand-computed cases', () => {
  const facts: ConversationFact[] = [
    { id: 'a', agentId: 'ana', segment: 'smb', openedAt: 0, firstResponseAt: 10 * 60_000, resolvedAt: 2 * H, resolved: true, openScore: -0.8, closeScore: 0.6, openLabel: 'negative', urgency: 0.9, humanRequested: true },
    { id: 'b', agentId: 'ana', segment: 'smb', openedAt: 0, firstResponseAt: 30 * 60_000, resolvedAt: 4 * H, resolved: true, openScore: -0.4, closeScore: -0.6, openLabel: 'negative', urgency: 0.7, slaBreached: true, escalationScore: 0.8 },
    { id: 'c', agentId: 'ben', segment: 'enterprise', openedAt: 0, firstResponseAt: 60 * 60_000, resolved: false, openScore: 0.2, closeScore: 0.4, openLabel: 'positive', urgency: 0.1, botHandedOff: true },
  ]

  it('resolution correlation: means, deltas and the resolved-but-unhappy share', () => {
    const [enterprise, smb] = resolutionCorrelation(facts, 'segment')
    expect(enterprise).toMatchObject({ group: 'enterprise', n: 1, meanDelta: expect.closeTo(0.2, 6), resolvedUnhappyShare: 0 })
    expect(smb).toMatchObject({ group: 'smb', n: 2, meanOpen: expect.closeTo(-0.6, 6), meanClose: expect.closeTo(0, 6), meanDelta: expect.closeTo(0.6, 6), resolvedUnhappyShare: 0.5 })
  })

  it('escalation rates under each definition, separately', () => {
    const [all] = escalationRates(facts)
    expect(all).toMatchObject({ n: 3, humanRequested: 1 / 3, botHandedOff: 1 / 3, slaBreached: 1 / 3, escalationScore: 1 / 3 })
  })

  it('response time by sentiment and urgency', () => {
    const rows = responseTimeBySentiment(facts)
    expect(rows[0]).toMatchObject({ sentiment: 'negative', urgency: 'high', n: 2, firstResponseMedianMinutes: 20, resolutionMedianHours: 3 })
    expect(rows[1]).toMatchObject({ sentiment: 'positive', urgency: 'low', n: 1, firstResponseMedianMinutes: 60, resolutionMedianHours: null })
  })

  it('agent coaching hides agents below the minimum and gives an interval above it', () => {
    const many: ConversationFact[] = Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, agentId: 'cara', openedAt: 0, resolved: true, openScore: -0.5, closeScore: i % 2 === 0 ? 0.5 : 0.1 }))
    const rows = agentCoaching([...facts, ...many], 10)
    expect(rows.map((r) => [r.agentId, r.shown])).toEqual([['ana', false], ['ben', false], ['cara', true]])
    const cara = rows[2]
    expect(cara?.meanImprovement).toBeCloseTo(0.8)
    expect(cara?.ci95?.[0]).toBeLessThan(0.8)
    expect(cara?.ci95?.[1]).toBeGreaterThan(0.8)
    expect(rows[0]?.meanImprovement).toBeUndefined()
  })

  it('target progress and a linear forecast', () => {
    const points = [0, 1, 2, 3].map((w) => ({ t: w * 7 * D, value: 0.4 - 0.05 * w }))
    const p = targetProgress({ metric: 'negative-share', goal: 0.2, direction: 'down', start: 0, due: 6 * 7 * D }, points)
    expect(p).toMatchObject({ baseline: 0.4, current: expect.closeTo(0.25, 6), progress: expect.closeTo(0.75, 6), forecast: expect.closeTo(0.1, 6), onTrack: true })
  })
})

describe('negative drivers', () => {
  it('extracts content words and adjacent pairs', () => {
    expect(keyPhrases('The CSV export is empty again!')).toEqual(['csv', 'export', 'csv export', 'empty'])
  })

  it('on generated data, the product area whose negativity was raised ranks first', () => {
    let seed = 5
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const areas = ['billing', 'export', 'login', 'reports', 'mobile']
    const texts: Record<string, string[]> = {
      billing: ['invoice amount looks wrong', 'charged twice this month', 'update billing email'],
      export: ['csv export is empty', 'export never finishes', 'export dates are shifted'],
      login: ['password reset link expired', 'cannot sign in with sso', 'two factor code missing'],
      reports: ['weekly report is blank', 'report totals differ', 'share report with client'],
      mobile: ['app crashes on start', 'push alerts are late', 'dark mode looks odd'],
    }
    const now = 60 * D
    const messages: TopicMessage[] = []
    for (let i = 0; i < 4000; i++) {
      const area = areas[Math.floor(rand() * areas.length)] as string
      const at = now - Math.floor(rand() * 14 * D)
      const recent = now - at < 7 * D
      const pNeg = area === 'export' && recent ? 0.7 : area === 'login' ? 0.45 : 0.3
      const negative = rand() < pNeg
      messages.push({ id: `m${i}`, at, score: negative ? -0.7 : 0.3, label: negative ? 'negative' : 'positive', text: (texts[area] as string[])[Math.floor(rand() * 3)] as string, productArea: area })
    }
    const drivers = negativeDrivers(messages, { now })
    const areasRanked = drivers.filter((d) => d.kind === 'product-area')
    expect(areasRanked[0]?.topic).toBe('export')
    expect(areasRanked[0]?.shareNow).toBeGreaterThan(areasRanked[0]?.sharePrevious as number)
    expect(drivers.find((d) => d.kind === 'phrase')?.topic).toMatch(/export/)
    expect(areasRanked[0]?.examples).toHaveLength(3)
  })
})

describe('driver tallies (stored per day, merged into windows)', () => {
  const msg = (id: string, at: number, neg: boolean, text: string, productArea?: string): TopicMessage => ({ id, at, score: neg ? -0.6 : 0.4, label: neg ? 'negative' : 'positive', text, ...(productArea === undefined ? {} : { productArea }) })
  const now = [
    msg('n1', 10, true, 'export is broken', 'export'),
    msg('n2', 11, true, 'export is broken again', 'export'),
    msg('n3', 12, false, 'export works now', 'export'),
    msg('n4', 13, true, 'login fails', 'login'),
    msg('n5', 14, true, 'invoice wrong', 'billing'),
  ]
  const before = [msg('p1', 1, true, 'login fails', 'login'), msg('p2', 2, true, 'invoice wrong', 'billing'), msg('p3', 3, true, 'export is broken', 'export'), msg('p4', 4, true, 'login fails', 'login')]

  it('ranks by share × negativity × growth, by hand', () => {
    const drivers = rankDrivers(tallyDrivers(now), tallyDrivers(before), { minCount: 2 })
    const exportArea = drivers.find((d) => d.kind === 'product-area' && d.topic === 'export')
    // 2 of 4 negative messages now, 1 of 4 before; 2 of the 3 messages about export are negative.
    expect(exportArea).toMatchObject({ negativeCount: 2, shareNow: 0.5, sharePrevious: 0.25, negativity: 2 / 3, examples: ['n2', 'n1'] })
    expect(exportArea?.growth).toBeCloseTo(0.52 / 0.27, 10)
    expect(exportArea?.score).toBeCloseTo(0.5 * (2 / 3) * (0.52 / 0.27), 10)
    // login: 1 negative now (below minCount 2) is not ranked at all.
    expect(drivers.find((d) => d.topic === 'login')).toBeUndefined()
    expect(drivers[0]?.topic).toMatch(/export|broken/)
  })

  it('adds up: the tally of two days equals the two days\' tallies added', () => {
    const whole = tallyDrivers([...now, ...before])
    const merged = emptyTally()
    addTally(merged, tallyDrivers(now))
    addTally(merged, tallyDrivers(before))
    expect(merged.negative).toBe(whole.negative)
    expect([...merged.keys.keys()].sort()).toEqual([...whole.keys.keys()].sort())
    for (const [k, t] of whole.keys) expect(merged.keys.get(k)).toEqual(t)
  })

  it('scales a sampled day: counts grow, shares stay', () => {
    const t = tallyDrivers(now)
    const scaled = emptyTally()
    addTally(scaled, t, 2.5)
    const prev = tallyDrivers(before)
    const a = rankDrivers(t, prev, { minCount: 1 })
    const b = rankDrivers(scaled, prev, { minCount: 1 })
    expect(b.map((d) => d.topic)).toEqual(a.map((d) => d.topic))
    expect(b[0]?.shareNow).toBeCloseTo(a[0]?.shareNow as number, 12)
    expect(b.find((d) => d.topic === 'export')?.negativeCount).toBe(5)
  })

  it('round-trips through its stored form and compacts to the phrases that can rank', () => {
    const t = tallyDrivers([...now, ...before])
    expect(decodeTally(JSON.parse(JSON.stringify(encodeTally(t))))).toEqual(t)
    const day = tallyDrivers([msg('a', 1, false, 'dashboard loads'), msg('b', 2, false, 'dashboard loads'), msg('c', 3, false, 'dashboard loads'), msg('d', 4, true, 'export broken', 'export'), msg('e', 5, true, 'export slow')])
    const small = compactTally(day, 1)
    // export: the most negative mentions; dashboard: the most mentions, kept for its negativity.
    expect([...small.keys.keys()].sort()).toEqual(['area:export', 'phrase:dashboard', 'phrase:export'])
    expect(small.keys.get('area:export')?.neg).toBe(1)
    expect(small.negative).toBe(2)
  })
})

describe('aggregates a database can compute', () => {
  it('estimates quantiles from histogram counts', async () => {
    const { quantileFromHistogram } = await import('../src/index.js')
    // 10 values in [0,10), 10 in [10,20): the median is the edge, the 75th percentile halfway up the second bucket.
    expect(quantileFromHistogram([10, 20], [10, 10], 0.5)).toBeCloseTo(10)
    expect(quantileFromHistogram([10, 20], [10, 10], 0.75)).toBeCloseTo(15)
    expect(quantileFromHistogram([10, 20], [0, 0], 0.5)).toBeNull()
  })

  it('gives the same resolution row from sums as from facts', async () => {
    const { resolutionFromSums } = await import('../src/index.js')
    const facts: ConversationFact[] = [
      { id: 'a', openedAt: 0, resolved: true, openScore: -0.8, closeScore: 0.6 },
      { id: 'b', openedAt: 0, resolved: true, openScore: -0.4, closeScore: -0.6 },
      { id: 'c', openedAt: 0, resolved: false, openScore: 0.2, closeScore: 0.4 },
    ]
    const [row] = resolutionCorrelation(facts)
    const direct = resolutionFromSums({ group: 'all', n: 3, sumOpen: -1, sumClose: 0.4, sumOpenClose: -0.48 + 0.24 + 0.08, sumOpenSq: 0.64 + 0.16 + 0.04, sumCloseSq: 0.36 + 0.36 + 0.16, resolved: 2, resolvedUnhappy: 1 })
    expect(direct.correlation).toBeCloseTo(row?.correlation as number, 9)
    expect(direct.meanDelta).toBeCloseTo(row?.meanDelta as number, 9)
    expect(direct.resolvedUnhappyShare).toBe(0.5)
  })
})
