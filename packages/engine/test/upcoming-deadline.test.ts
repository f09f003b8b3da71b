import { describe, expect, it } from 'vitest'
import { createReader, type Reading } from '../src/node/index.js'
import { eventBefore, upcomingTime } from '../src/reader/upcoming-deadline.js'
import { splitSentences } from '../src/text/split-sentences.js'
import { tokenize } from '../src/text/tokenize.js'

// Sentences written for this test: deadlines told by the event they ride on.
const reader = createReader()
const show = (r: Reading): string => `${r.sentiment.label} urgency ${r.emotions.urgency.toFixed(2)} [${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}]`

function timeSaid(text: string): string | undefined {
  const tokens = tokenize(text)
  const span = upcomingTime(tokens, splitSentences(text, tokens))
  return span === undefined ? undefined : text.slice(tokens[span[0]]?.start, tokens[span[1] - 1]?.end)
}

function eventSaid(text: string): string | undefined {
  const tokens = tokenize(text)
  const span = eventBefore(tokens, splitSentences(text, tokens))
  return span === undefined ? undefined : text.slice(tokens[span[0]]?.start, tokens[span[1] - 1]?.end)
}

describe('a time still to come', () => {
  it.each([
    ['Term starts Tuesday.', 'Tuesday'],
    ['Stage hire came without the cables. Doors at 7:30.', '7'],
    ['The christening is on the 14th.', '14th'],
    ['We leave for the port in two hours.', 'in'],
    ['The baby is due any day now.', 'any'],
    ['The choir sings next Friday evening.', undefined],
    ['The concert is next Friday evening.', 'next'],
  ])('finds it in "%s"', (text, found) => {
    expect(timeSaid(text)).toBe(found)
  })

  it.each([
    'I called on Monday and nobody answered.',
    'The parcel arrived Tuesday but the box was crushed.',
    'Every Friday the app logs me out.',
    'My son is in 3rd grade and the homework app will not load.',
    'They were 2nd in the league until the 8th.',
    'Gonna watch the new film tonight.',
    'See you next week!',
  ])('finds none in a past, a habit, a rank or a plan: "%s"', (text) => {
    expect(timeSaid(text)).toBeUndefined()
  })
})

describe('"before" and the event it names, in a sentence that asks', () => {
  it.each([
    ['Could the tailor take in the suit before the interview on the 3rd?', 'before the interview'],
    ["Please could the bin be swapped before Thursday's collection?", "before Thursday's collection"],
    ['Would you send the spare key before we leave for Spain?', 'before we leave'],
  ])('finds it in "%s"', (text, found) => {
    expect(eventSaid(text)).toBe(found)
  })

  it.each([
    'Could you send it before Friday?',
    'Could it be done before the end of the month?',
    'Could you ship it before the 12th?',
    'The voucher expired before I could use it, could you reissue it?',
    'Before I forget, could you update my address?',
    'I was fine before the update came out.',
  ])('finds none where a date, a story or an aside follows "before": "%s"', (text) => {
    expect(eventSaid(text)).toBeUndefined()
  })
})

describe('reader: a deadline told by its event', () => {
  it.each([
    'Rings came back from resizing still too small. We are getting married Saturday.',
    'The cake order shows the wrong name, the christening is on the 14th.',
    'The tent arrived without its poles and the festival gates open Friday.',
  ])('presses beside a fault: "%s"', (text) => {
    const r = reader.read(text)
    expect(r.cues.map((c) => c.kind), show(r)).toContain('time-pressure')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.7)
  })

  it.each([
    'Could the tailor take in the suit before the interview on the 3rd?',
    'Would it be possible to tune the piano before the school concert on the 12th?',
  ])('presses as a polite deadline, not praise: "%s"', (text) => {
    const r = reader.read(text)
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.6)
    expect(r.sentiment.label, show(r)).not.toBe('positive')
  })

  it.each([
    'No rush at all, the shed door sticks a bit, next Friday is fine.',
    'Gonna watch the new film tonight, cannot wait!',
    'Can we move my lesson to next week? I am away.',
    'Looking forward to the wedding on Saturday, thanks for the lovely flowers!',
  ])('leaves calm, plans and cheer unhurried: "%s"', (text) => {
    const r = reader.read(text)
    expect(r.emotions.urgency, show(r)).toBeLessThan(0.5)
  })
})
