import type { IncomingMessage } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { clampFutureDates, futureDateIssues } from '../src/app/future-dates.js'

const NOW = Date.parse('2026-05-04T08:00:00Z')
const message = (externalId: string, createdAt: number): IncomingMessage => ({ externalId, conversationId: 'case-1', customerId: 'cust-1', role: 'customer', text: 'Where is my parcel?', createdAt })

describe('dates after the clock', () => {
  it('names each message dated more than the skew after now by its place, and none at the skew exactly', () => {
    const batch = [message('a', NOW - 1), message('b', NOW + 60_000), message('c', NOW + 60_001), message('d', NOW + 86_400_000)]
    expect(futureDateIssues(batch, NOW, 60_000)).toEqual([
      { path: 'messages.2.created_at', message: '2026-05-04T08:01:00.001Z is after the server\'s clock (2026-05-04T08:00:00.000Z) by more than the allowed 60 s of clock skew' },
      { path: 'messages.3.created_at', message: expect.stringContaining('2026-05-05T08:00:00.000Z') },
    ])
    expect(futureDateIssues(batch, NOW + 86_400_000, 0)).toEqual([])
  })

  it('moves a helpdesk message dated after the event arrived to its arrival, and leaves the others as they are', () => {
    const batch = [message('a', NOW - 5000), message('b', NOW + 1), message('c', NOW + 3_600_000)]
    const clamped = clampFutureDates(batch, NOW)
    expect(clamped.map((m) => m.createdAt)).toEqual([NOW - 5000, NOW, NOW])
    expect(clamped[0]).toBe(batch[0])
    expect(clamped[2]).toEqual({ ...batch[2], createdAt: NOW })
  })
})
