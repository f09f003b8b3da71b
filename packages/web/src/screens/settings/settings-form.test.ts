import { describe, expect, it } from 'vitest'
import { errorsUnder, humanize, numberFields, overridesOf, parseNumber, termProblems, valueAt } from './settings-form'

const DEFAULTS = { trend: { window: 5, stable_slope: 0.12 }, escalation: { threshold: 0.55, weights: { decline: 0.55, sla_breach: 0.35 } } }

describe('the thresholds form', () => {
  const fields = numberFields(DEFAULTS)

  it('lists every number of the defaults, depth first, with its path', () => {
    expect(fields.map((f) => f.path)).toEqual(['trend.window', 'trend.stable_slope', 'escalation.threshold', 'escalation.weights.decline', 'escalation.weights.sla_breach'])
    expect(valueAt(DEFAULTS, 'escalation.weights.decline')).toBe(0.55)
    expect(valueAt(DEFAULTS, 'escalation.weights')).toBeUndefined()
    expect(valueAt(DEFAULTS, 'nope.x')).toBeUndefined()
  })

  it('stores only the values that differ from the default, nested; null when none do', () => {
    const values = new Map(fields.map((f) => [f.path, f.defaultValue]))
    expect(overridesOf(values, fields)).toBeNull()
    values.set('escalation.weights.sla_breach', 0.5).set('trend.window', 7)
    expect(overridesOf(values, fields)).toEqual({ trend: { window: 7 }, escalation: { weights: { sla_breach: 0.5 } } })
  })

  it('reads numbers, not blanks or words', () => {
    expect(parseNumber('0.5')).toBe(0.5)
    expect(parseNumber('-1')).toBe(-1)
    expect(parseNumber('')).toBeUndefined()
    expect(parseNumber('  ')).toBeUndefined()
    expect(parseNumber('abc')).toBeUndefined()
  })

  it('names keys for people', () => {
    expect(humanize('failed_fix')).toBe('Failed fix')
    expect(humanize('sla_breach')).toBe('SLA breach')
    expect(humanize('sla')).toBe('SLA')
    expect(humanize('health_half_life_days')).toBe('Health half life days')
  })

  it('picks the server’s errors under a prefix', () => {
    const errors = errorsUnder([{ path: 'analysis.escalation.threshold', message: 'must be a non-negative number' }, { path: 'terms.0.pattern', message: 'too long' }, { path: 'analysis', message: 'must be an object' }], 'analysis')
    expect([...errors]).toEqual([['escalation.threshold', 'must be a non-negative number']])
  })
})

describe('the terms table', () => {
  const row = (id: string, pattern: string, polarity = '0', note = '') => ({ id, pattern, polarity, note })

  it('finds the problems the server would refuse, and repeated patterns', () => {
    const problems = termProblems([row('a', ''), row('b', 'refund? late'), row('c', 'outage', '1.5'), row('d', 'Outage', 'x'), row('e', 'fine', '-1', 'n'.repeat(501)), row('f', 'ok', '0.3', 'ok')])
    expect(problems.get('a.pattern')).toMatch(/Enter/)
    expect(problems.get('b.pattern')).toMatch(/first word/)
    expect(problems.get('c.polarity')).toMatch(/−1 to 1/)
    expect(problems.get('d.pattern')).toMatch(/already/)
    expect(problems.get('d.polarity')).toMatch(/number/)
    expect(problems.get('e.note')).toMatch(/500/)
    expect([...problems.keys()].filter((k) => k.startsWith('f.'))).toEqual([])
  })
})
