import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'
import { statesStakes } from '../src/reader/states-stakes.js'
import { splitSentences } from '../src/text/split-sentences.js'
import { tokenize } from '../src/text/tokenize.js'

const reader = createReader()
const stakes = (text: string): boolean => {
  const tokens = tokenize(text)
  return statesStakes(tokens, splitSentences(text, tokens), reader.read(text).cues)
}

// Sentences written for these tests: a polite deadline is urgent when the customer says what rides on it.
describe('a deadline with its stakes', () => {
  it('finds what rides on the deadline in a sentence of the customer’s own, or tied to the deadline', () => {
    expect(stakes('Could you send the tenancy papers before 4pm today? I need them for the landlord viewing.')).toBe(true)
    expect(stakes('Would you be able to fix the date on the certificate by Thursday? Our audit starts that morning.')).toBe(true)
    expect(stakes('Please approve the refund by end of day, otherwise we lose the supplier discount.')).toBe(true)
  })

  it('finds none in a deadline alone, a sign-off, thanks, or a message without a deadline', () => {
    expect(stakes('I need the invoice by Friday for our records.')).toBe(false)
    expect(stakes('Could you send the invoice by Friday? I really appreciate your help.')).toBe(false)
    expect(stakes('How do I change the billing address? I moved last month.')).toBe(false)
  })

  it('makes a polite request with a deadline and its stakes urgent, and leaves one without them calmer', () => {
    const withStakes = reader.read('Could you send the tenancy papers before 4pm today? I need them for the landlord viewing.')
    const without = reader.read('I need the invoice by Friday for our records.')
    expect(withStakes.emotions.urgency).toBeGreaterThanOrEqual(0.6)
    expect(withStakes.sentiment.label).not.toBe('positive')
    expect(without.emotions.urgency).toBeLessThan(0.5)
  })
})
