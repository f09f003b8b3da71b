import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Rounds 103 (seven other languages), 104 (English) and 105 (conversations), the twenty-second
// session: polite demands read as thanks, thanks for a fault dealt with read as sarcasm, same-day
// asks read calm, and customers back about a fault told it in words no rule knew. Every message here
// was written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('a demand made politely', () => {
  it.each([
    'I would appreciate the broken gate latch being replaced this week, as agreed. I trust this will not need further reminders.',
    'Dear team, I must insist that the missed session is refunded rather than rebooked. Thank you for your understanding.',
  ])('is not positive: %s', (text) => {
    expect(reader.read(text).sentiment.label).not.toBe('positive')
  })
})

describe('a firm complaint said politely', () => {
  it('shows no satisfaction', () => {
    const r = reader.read('I would appreciate the leaking gutter being fixed this week as agreed. I trust this will not need further reminders.')
    expect(r.emotions.satisfaction).toBeLessThan(0.2)
    expect(r.emotions.frustration).toBeGreaterThan(0.5)
  })
})

describe('thanks for a fault dealt with', () => {
  it('is sincere thanks, not sarcasm', () => {
    const r = reader.read('Thank you for your quick attention to the boiler. The engineer was polite and tidy.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('sarcasm')
  })
})

describe('an answer asked for within the day', () => {
  it('presses when the stakes follow', () => {
    const r = reader.read('Please could you confirm today whether my passport has been posted back, as I travel on Thursday morning.')
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.6)
  })

  it('presses nothing when none is asked', () => {
    expect(kinds('No need to reply today, just letting you know the box came.')).not.toContain('time-pressure')
  })
})

describe('faults told in a word or by their workaround', () => {
  it.each(['Box left on the pavement. Ruined. Refund please.', 'The export drops the last column, so we paste it in by hand as a workaround for now.'])('is a fault: %s', (text) => {
    expect(kinds(text)).toContain('issue-report')
  })

  it('a thing feared ruined and saved is no fault', () => {
    expect(reader.read('The tailor saved the jacket I thought was ruined. Thank you!').sentiment.label).toBe('positive')
  })
})

describe('the customer back about the same fault', () => {
  it.each([
    'Same error, same page. Three emails over two weeks.',
    "That's the money I've lost after five calls.",
    'Still no change after the reset.',
    'Still no reply to my complaint from the 3rd.',
    'Fifth week, same thing: the bin was not emptied.',
    'Tried both. Nothing worked.',
  ])('says so: %s', (text) => {
    expect(kinds(text).some((k) => k === 'repeat-contact' || k === 'issue-report')).toBe(true)
    expect(reader.read(text).sentiment.label).toBe('negative')
  })

  it('what works and nothing else changed is no fault', () => {
    expect(reader.read('It all works and nothing changed on my end, thank you!').sentiment.label).toBe('positive')
  })
})

describe('the other languages', () => {
  it.each([
    ['fr', 'Troisième relance pour le même prélèvement. Je suis prête à résilier si rien ne change.'],
    ['it', "Quarta segnalazione, nessuna risposta. È l'ultima volta che prenoto con voi."],
    ['pt', 'Mais uma cobrança indevida. Vou fazer portabilidade ainda hoje.'],
  ])('a threat to leave is one (%s)', (_lang, text) => {
    const r = reader.read(text)
    expect(r.cues.map((c) => c.kind)).toContain('churn-threat')
    expect(r.sentiment.label).toBe('negative')
  })

  it.each([
    ['de', 'Bitte richten Sie der Technikerin meinen herzlichen Dank aus, alles läuft wieder.'],
    ['hi', 'डिलीवरी समय पर आ गई, टीम को थैंक यू बोलिएगा।'],
  ])('thanks passed on is thanks (%s)', (_lang, text) => {
    expect(reader.read(text).sentiment.label).toBe('positive')
  })

  it.each([
    ['es', 'Es increíble que tengamos que esperar un mes para una simple devolución.'],
    ['it', "È un'ora che aspetto in linea. Ma dai!"],
  ])('frustration is negative (%s)', (_lang, text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })
})

// Round 106 (English) and 107 (conversations), read once with the session's final code and then
// mended in general.
describe('round 106 and 107 mends', () => {
  it.each(["Evening all, hope the week's off to a flying start!", 'Hi, hope you are all keeping well today.', "Good morning, hope it's been a calm shift for you."])('a greeting with a wish is neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })

  it.each(['Three days without heating - such a restful way to start the week.', 'Thanks for shipping my order to the wrong address. Top work.'])('praise over a fault is sarcasm: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.cues.map((c) => c.kind)).toContain('sarcasm')
  })

  it.each(['Did what you said, same message.', 'Fourth rejection for the same reason.', 'It feels like a bait and switch.'])('a fault back or an offer taken back is negative: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })

  it('an error message that has not come back is no fault', () => {
    expect(reader.read("The warning message hasn't come back since the update.").sentiment.label).not.toBe('negative')
  })

  it('a third attempt at something of the customer\'s own is no contact', () => {
    expect(kinds('Third attempt at baking the sourdough this weekend.')).not.toContain('repeat-contact')
  })
})

