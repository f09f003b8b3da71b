import { describe, expect, it } from 'vitest'
import { problemKeys, problemOverlap, readCustomer, sameProblem } from '../src/index.js'
import { msg } from './helpers.js'

const at = (iso: string): number => Date.parse(iso)

// Messages written for this test: customers back weeks later about the same problem, who never say so.
describe('problem keys', () => {
  it('names a problem by its references and distinctive words, as hashes', () => {
    const keys = problemKeys('Re CLM-889231: the loss adjuster never came and the kitchen floor is lifting.')
    expect(keys.some((k) => k.startsWith('r:'))).toBe(true)
    expect(keys.some((k) => k.startsWith('w:'))).toBe(true)
    expect(keys.join(' ')).not.toMatch(/adjuster|kitchen|889231/)
    // Common support words name no problem.
    expect(problemKeys('Thanks, please could you update me today?')).toEqual([])
  })

  it('finds the same problem by one reference or two distinctive words, not by one word', () => {
    const claim = problemKeys('My claim CLM-889231 is still open.')
    expect(sameProblem(claim, problemKeys('Any news on CLM-889231?'))).toBe(true)
    const roaming = problemKeys('The roaming credit is missing from my bill.')
    expect(sameProblem(roaming, problemKeys('Still no roaming credit on this bill either.'))).toBe(true)
    expect(sameProblem(roaming, problemKeys('How do I change my roaming settings?'))).toBe(false)
  })

  it('joins contacts weeks apart that name the same problem, and only those', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso), msg('agent', 'Thanks, we are looking into it.', iso.replace(/:00Z$/, ':30Z')), msg('customer', 'Great, thank you!', iso.replace(/:00Z$/, ':45Z'))] })
    const customer = (second: string) =>
      readCustomer(
        {
          customerId: 'u-claim',
          conversations: [
            contact('p1', 'I have sent the photos for claim CLM-889231 as asked.', '2026-03-02T09:00:00Z'),
            contact('p2', second, '2026-03-24T09:00:00Z'),
          ],
        },
        at('2026-03-24T10:00:00Z'),
      )
    // Three weeks apart, each closed with thanks, nothing said about being back: the reference joins them.
    expect(customer('Could someone tell me where CLM-889231 has got to?').repeatContacts).toBe(2)
    // Another question from the same customer stands alone.
    expect(customer('Could you send me a copy of my policy documents?').repeatContacts).toBe(1)
  })

  it('joins contacts up to a month apart that share one distinctive word, and only those', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso), msg('agent', 'Thanks, we are looking into it.', iso.replace(/:00Z$/, ':30Z')), msg('customer', 'Great, thank you!', iso.replace(/:00Z$/, ':45Z'))] })
    const customer = (second: string, iso: string) =>
      readCustomer(
        {
          customerId: 'u-refund',
          conversations: [contact('q1', 'The refund for my concert tickets has not arrived.', '2026-03-02T09:00:00Z'), contact('q2', second, iso)],
        },
        Date.parse(iso) + 3_600_000,
      )
    // A fortnight apart, one word in common ("refund"): the same chase.
    expect(customer('Could you tell me when the refund will be paid?', '2026-03-16T09:00:00Z').repeatContacts).toBe(2)
    // Another question a fortnight later stands alone.
    expect(customer('Could you send me a copy of my policy documents?', '2026-03-16T09:00:00Z').repeatContacts).toBe(1)
    // Seven weeks later one word is not enough.
    expect(customer('Could you tell me when the refund will be paid?', '2026-04-20T09:00:00Z').repeatContacts).toBe(1)
  })

  it('names an amount the same however it is written, and not a time or a small sum', () => {
    const bill = problemKeys('The quarterly bill says £1,250.00, nearly double.')
    expect(problemOverlap(bill, problemKeys('Why was 1250 GBP taken from my account?'))).toBe(1)
    expect(problemOverlap(problemKeys('Estimated at €84,20 again'), problemKeys('the 84.20 euros are still not refunded'))).toBeGreaterThanOrEqual(1)
    expect(problemKeys('The engineer came at 10.30am')).toEqual(problemKeys('The engineer came at 9.15am'))
    expect(problemKeys('a $5 fee').some((k) => k.startsWith('a:'))).toBe(false)
    expect(problemKeys('£412').join(' ')).not.toMatch(/412/)
  })

  it('hears one word in its other forms: "backdated" and "backdating"', () => {
    const first = problemKeys('Still waiting for the backdated export payment.')
    const later = problemKeys('The backdating of my export credit is six weeks late.')
    expect(sameProblem(first, later)).toBe(true)
    // Keys stored before stems carry whole words only, and still meet the new ones by them.
    const stored = first.filter((k) => !k.startsWith('s:'))
    expect(problemOverlap(stored, problemKeys('Any news on the export payment?'))).toBe(2)
    expect(problemOverlap(stored, later)).toBe(1)
  })

  it('joins three contacts about one bill told by its amount, though each words it differently', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso), msg('agent', 'Thanks, we are looking into it.', iso.replace(/:00Z$/, ':30Z'))] })
    const read = (third: string) =>
      readCustomer(
        {
          customerId: 'u-amount',
          conversations: [
            contact('b1', 'My gas bill came to £412 this quarter, nearly twice the usual. I think it was estimated.', '2026-10-05T11:00:00Z'),
            contact('b2', 'I sent the meter photos on Monday and the £412 direct debit is due on the 15th.', '2026-10-08T10:00:00Z'),
            contact('b3', third, '2026-10-16T09:00:00Z'),
          ],
        },
        at('2026-10-16T10:00:00Z'),
      )
    expect(read('They have taken the £412 anyway. That was my pension money for the week.').repeatContacts).toBe(3)
    expect(read('Could you tell me how to add a second person to the account?').repeatContacts).toBeLessThan(3)
  })

  it('joins a contact to the chase by what any later contact of it named, not only the next one', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso), msg('agent', 'Thanks, we are looking into it.', iso.replace(/:00Z$/, ':30Z'))] })
    const read = (third: string) =>
      readCustomer(
        {
          customerId: 'u-chase',
          conversations: [
            contact('w1', 'My water bill for January came to $312.40, about five times the usual. Is there a mistake?', '2026-02-05T10:00:00Z'),
            contact('w2', 'Nobody came to read the meter, so I read it myself: 04518. Please use my reading.', '2026-02-21T10:00:00Z'),
            contact('w3', third, '2026-03-06T10:00:00Z'),
          ],
        },
        at('2026-03-06T11:00:00Z'),
      )
    // The third shares a word with the second ("reading") and the amount with the first.
    expect(read('Now a disconnection notice for $312.40, though you have had my reading for weeks.').repeatContacts).toBe(3)
    // Without the amount it is the chase of the meter reading alone.
    expect(read('Now a disconnection notice, though you have had my reading for weeks.').repeatContacts).toBe(2)
  })
})

describe('patience wearing thin in calm words', () => {
  const DAY = 86_400_000
  const reading = (score: number) => ({ score, label: (score <= -0.2 ? 'negative' : score >= 0.2 ? 'positive' : 'neutral') as 'negative' | 'neutral' | 'positive', emotions: {}, cues: [], problemKeys: ['r:points'] })
  const contact = (id: string, day: number, score: number) => ({
    id,
    messages: [
      { id: `${id}-c`, role: 'customer' as const, at: day * DAY, reading: reading(score) },
      { id: `${id}-a`, role: 'agent' as const, at: day * DAY + 600_000 },
    ],
  })
  const trendOf = (last: number) => readCustomer({ customerId: 'u-calm', conversations: [contact('k1', 10, -0.4), contact('k2', 17, -0.3), contact('k3', 24, last)] }, 24 * DAY + 3_600_000)

  it('reads a third contact about one thing that only leans negative as deteriorating', () => {
    const r = trendOf(-0.12)
    expect(r.repeatContacts).toBe(3)
    expect(r.trend).toBe('deteriorating')
  })

  it('does not when the third contact reads level or better', () => {
    expect(trendOf(0.05).trend).not.toBe('deteriorating')
  })
})
