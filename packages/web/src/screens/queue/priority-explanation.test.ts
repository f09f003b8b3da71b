import { describe, expect, it } from 'vitest'
import type { QueueItem } from '../../api'
import { durationWords } from './duration-words'
import { explainPriority, partLabel } from './priority-explanation'
import { sinceWords, waitingWords } from './waiting-words'
import { yearlyValue } from './yearly-value'

type Part = QueueItem['parts'][number]
const part = (code: string, value: number, weight: number, contribution: number, detail = ''): Part => ({ code, value, weight, contribution, detail })

describe('the priority in words', () => {
  const item = {
    wait_minutes: 200,
    sla_minutes: 240,
    value: 198970,
    damping: null,
    parts: [part('wait', 0.565, 0.2, 0.362), part('urgency', 0.8, 0.25, 0.102), part('value', 0.952, 0.1, 0.01), part('churn-risk', 0.1, 0.05, 0.004), part('frustration', 0, 0.2, 0)],
    reasons: [
      { code: 'wait', weight: 0.362, detail: 'waiting 200 of 240 min' },
      { code: 'urgency', weight: 0.102, detail: 'urgent' },
    ],
  }

  it('lists the reasons largest first with their share, and sums the rest so the lines add up', () => {
    const e = explainPriority(item)
    expect(e.parts.map((p) => [p.label, p.contribution])).toEqual([
      ['Waiting 3 h 20 min of a 4 h SLA', 0.362],
      ['Urgency 0.80', 0.102],
    ])
    expect(e.rest).toBe(0.014)
    expect(e.damped).toBeNull()
  })

  it('says a wait past the SLA, the value as yearly, and what not waiting took off', () => {
    expect(partLabel(part('wait', 0.9, 0.2, 0.4), { wait_minutes: 500, sla_minutes: 240, value: null })).toBe('Waiting 8 h 20 min, past the 4 h SLA')
    expect(partLabel(part('value', 0.95, 0.1, 0.1), { wait_minutes: 0, sla_minutes: 240, value: 198970 })).toBe('Customer value 198,970 a year')
    expect(partLabel(part('repeat-contacts', 0.67, 0.1, 0.05, '3 contacts'), { wait_minutes: 0, sla_minutes: 240, value: null })).toBe('Repeat contact (3 contacts)')
    expect(explainPriority({ ...item, damping: { code: 'not-waiting', factor: 0.5, removed: 0.239, detail: '' } }).damped).toEqual({ factor: 0.5, removed: 0.239 })
    // A damping too small to show as 0.01 is not a line of its own.
    expect(explainPriority({ ...item, damping: { code: 'not-waiting', factor: 0.5, removed: 0.002, detail: '' } }).damped).toBeNull()
  })

  it('formats durations and values for a glance', () => {
    expect(durationWords(0.2)).toBe('under a minute')
    expect(durationWords(45)).toBe('45 min')
    expect(durationWords(120)).toBe('2 h')
    expect(durationWords(3 * 1440 + 60)).toBe('3 d 1 h')
    expect(yearlyValue(null)).toBe('—')
    expect(yearlyValue(48000.4)).toBe('48,000 a year')
  })
})

describe('the wait in words', () => {
  const now = Date.parse('2026-11-04T10:00:00Z')
  const at = (t: number) => new Date(t).toISOString().slice(11, 16)

  it('says a customer no one answered is waiting, never answered, even seconds after writing', () => {
    expect(waitingWords({ waiting: true, waitingSince: now - 10_000, answered: false }, now, at)).toEqual({ headline: 'under a minute', detail: 'waiting since 09:59, never answered' })
    expect(waitingWords({ waiting: true, waitingSince: now - 130 * 60_000, answered: true }, now, at)).toEqual({ headline: '2 h 10 min', detail: 'waiting since 07:50' })
  })

  it('gives the time alone for a wait that began today, and the day too for an older one', () => {
    const noon = new Date(2026, 10, 4, 12, 0).getTime()
    expect(sinceWords(new Date(2026, 10, 4, 8, 5).getTime(), noon)).toBe('8:05 AM')
    expect(sinceWords(new Date(2026, 10, 2, 17, 30).getTime(), noon)).toBe('Nov 2, 5:30 PM')
  })

  it('never words a wait as answered when no one answered', () => {
    expect(waitingWords({ waiting: false, waitingSince: null, answered: true }, now, at).headline).toBe('no, answered')
    const thanked = waitingWords({ waiting: false, waitingSince: null, answered: false }, now, at)
    expect(thanked.headline).not.toContain('answered')
    expect(thanked.detail).toContain('never answered')
  })
})
