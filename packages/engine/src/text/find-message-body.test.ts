import { describe, expect, it } from 'vitest'
import { findMessageBody } from './find-message-body.js'

const body = (text: string): string => findMessageBody(text).body.map((r) => text.slice(r.start, r.end)).join('|')

describe('findMessageBody', () => {
  it('passes single-line chat text through', () => {
    expect(findMessageBody('hello there')).toEqual({ body: [{ start: 0, end: 11 }], ignored: [] })
  })

  it('drops quoted history under an "On … wrote:" header', () => {
    const text = 'Still not fixed, please call me.\n\nOn Tue, 3 Mar 2026 at 10:00, Support <help@acme.test> wrote:\n> Thanks for your patience!\n> We are on it.'
    expect(body(text)).toBe('Still not fixed, please call me.\n')
    const r = findMessageBody(text)
    expect(r.ignored[0]?.kind).toBe('quote')
    expect(text.slice(r.ignored[0]?.start, r.ignored[0]?.end)).toContain('Thanks for your patience')
  })

  it('drops an Outlook reply block', () => {
    const text = 'The invoice is still wrong.\n\nFrom: Acme Billing\nSent: Monday, 2 March 2026 09:12\nTo: Dana\nSubject: Re: invoice\n\nWe are delighted to help!'
    expect(body(text)).toBe('The invoice is still wrong.\n')
  })

  it('drops signatures after "-- ", "Sent from my phone" and a sign-off', () => {
    expect(body('It crashed again.\n-- \nDana Example\nCTO, Example Ltd')).toBe('It crashed again.')
    expect(body('It crashed again.\nSent from my iPhone')).toBe('It crashed again.')
    expect(body('It crashed again.\nI need a fix today.\n\nBest regards,\nDana Example\n+1 555 0100')).toBe('It crashed again.\nI need a fix today.\n')
  })

  it('takes a sign-off for a signature only when at most six short lines follow it', () => {
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n')
    expect(body(`It crashed again.\nThanks\n${lines(6)}`)).toBe('It crashed again.')
    expect(body(`It crashed again.\nThanks\n${lines(7)}`)).toBe(`It crashed again.\nThanks\n${lines(7)}`)
    expect(body(`It crashed again.\nThanks\n${lines(6)}\n> quoted\n> more`)).toBe('It crashed again.')
    expect(body(`It crashed again.\nThanks\n${'x'.repeat(61)}`)).toBe(`It crashed again.\nThanks\n${'x'.repeat(61)}`)
  })

  it('drops inline ">" quotes but keeps the replies between them', () => {
    const text = '> Did you restart?\nYes, twice.\n> And clear the cache?\nYes. Still broken.'
    expect(body(text)).toBe('Yes, twice.|Yes. Still broken.')
  })

  it('keeps the text when the whole message is quoted', () => {
    const text = '> only a quote\n> nothing else'
    expect(body(text)).toBe(text)
  })
})
