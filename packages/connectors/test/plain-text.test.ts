import { describe, expect, it } from 'vitest'
import { decodeEntities, plainText } from '../src/vendors/plain-text.js'

describe('plainText', () => {
  it('strips tags, breaks lines at blocks and decodes entities', () => {
    expect(plainText('<div class="zd-comment"><p>The export &amp; the import both fail.</p><p>Since&nbsp;Monday &mdash; every&#32;time&#x21;</p></div>')).toBe(
      'The export & the import both fail.\nSince Monday — every time!',
    )
  })

  it('keeps a bare less-than sign that is not a tag', () => {
    expect(plainText('I <3 the new editor, and 2 < 3 still holds')).toBe('I <3 the new editor, and 2 < 3 still holds')
  })

  it('drops blockquotes, nested ones included, and mail clients quote wrappers', () => {
    const html =
      '<p>Still no refund after two weeks.</p><blockquote>We have issued it.<blockquote>When is my refund coming?</blockquote> Regards</blockquote>' +
      '<div class="gmail_quote"><div>On Mon, someone wrote:</div><div>old text</div></div><p>Please call me.</p>'
    expect(plainText(html)).toBe('Still no refund after two weeks.\nPlease call me.')
  })

  it('drops scripts, styles and comments', () => {
    expect(plainText('<style>p{color:red}</style><script>alert(1)</script><!-- hidden --><p>Visible words</p>')).toBe('Visible words')
  })

  it('cuts "On … wrote:" history, including the form that wraps onto a second line', () => {
    expect(plainText('This did not work either.\n\nOn Tue, 4 Mar 2025 at 09:00, Support <help@example.org> wrote:\n> Try clearing the cache.')).toBe(
      'This did not work either.',
    )
    expect(plainText('Nope, same error.\nOn Tue, 4 Mar 2025 at 09:00, Support <help@example.org>\nwrote:\n> Try again.')).toBe('Nope, same error.')
  })

  it('cuts Outlook history and forwarded headers', () => {
    expect(plainText('I want to cancel.\n-----Original Message-----\nFrom: Support\nThanks for writing in')).toBe('I want to cancel.')
    expect(plainText('Escalate this please.\n\nFrom: Support Team <help@example.org>\nSent: Tuesday\nSubject: Re: outage\nold reply')).toBe('Escalate this please.')
  })

  it('removes quoted lines that start with >', () => {
    expect(plainText('> you said it was fixed\nIt is not fixed.\n>> earlier\nStill broken.')).toBe('It is not fixed.\nStill broken.')
  })

  it('cuts signatures after "-- " and phone footers', () => {
    expect(plainText('The invoice is wrong again.\n-- \nMaria Lopez\nHead of Ops')).toBe('The invoice is wrong again.')
    expect(plainText('Fine, thanks.\n\nSent from my iPhone')).toBe('Fine, thanks.')
    expect(plainText('It costs 5 -- no, 6 -- euros')).toBe('It costs 5 -- no, 6 -- euros')
  })

  it('collapses blank runs and trims', () => {
    expect(plainText('  one  \n\n\n\n   two\t\tthree  ')).toBe('one\n\ntwo three')
  })

  it('is safe on hostile input', () => {
    expect(plainText('')).toBe('')
    expect(plainText(undefined as unknown as string)).toBe('')
    expect(plainText('<div>kept</div><p unterminated')).toBe('kept')
    expect(plainText('<blockquote>never closed <p>text')).toBe('')
    expect(decodeEntities('&#9999999; &#xD800; &unknownentity; &#0;')).toBe('\uFFFD \uFFFD &unknownentity; \uFFFD')
    const huge = '<div>'.repeat(50_000) + 'deep text' + '</div>'.repeat(50_000)
    const started = performance.now()
    expect(plainText(huge)).toBe('deep text')
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
