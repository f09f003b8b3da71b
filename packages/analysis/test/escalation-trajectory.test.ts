import { describe, expect, it } from 'vitest'
import { customerTrajectory, messageNegativity } from '../src/customer-trajectory.js'
import { type ConversationMessage, DEFAULT_ANALYSIS_CONFIG, type MessageReading, readConversation } from '../src/index.js'
import { msg } from './helpers.js'

const T = DEFAULT_ANALYSIS_CONFIG.escalation.trajectory

// Conversations written for these tests, with no event cue in them: what the customer's tone
// alone does to the escalation score. Each is read just after its last message, so no wait counts.
const customerOnly = (id: string, texts: readonly string[]): { id: string; messages: ConversationMessage[] } => ({
  id,
  messages: texts.map((t, i) => msg(i % 2 === 0 ? 'customer' : 'agent', t, `2026-10-01T09:${String(10 * i).padStart(2, '0')}:00Z`)),
})
const readNow = (c: { id: string; messages: ConversationMessage[] }) => readConversation(c, (c.messages[c.messages.length - 1]?.at as number) + 60_000)

describe('escalation from the sentiment trajectory', () => {
  const neutral = customerOnly('neutral', [
    'Hi, I would like to change the delivery address on my order.',
    'Sure, what is the new address?',
    'It is the office on Harbour Street, number 12.',
    'Done, the order will go there.',
    'Okay. Will the delivery date stay the same?',
  ])
  const steadilyNegative = customerOnly('negative', [
    'The delivery was late and the box arrived crushed. Really disappointing.',
    'I am sorry to hear that. Could you send a photo?',
    'Here it is. Half of the plates inside are broken, which is awful.',
    'Thank you, I have passed it to the warehouse.',
    'This is the worst order I have had from you. Terrible packaging.',
  ])

  it('scores a steadily negative conversation above a neutral one, without any cue', () => {
    const a = readNow(neutral)
    const b = readNow(steadilyNegative)
    expect(b.escalation).toBeGreaterThan(a.escalation + 0.1)
    expect(b.reasons.map((r) => r.code)).toContain('negative-level')
    // Tone alone ranks; it does not raise the flag.
    expect(b.escalate).toBe(false)
  })

  it('scores a conversation that turns worse above one that stays mildly negative', () => {
    const worsening = customerOnly('worsening', [
      'Hello, the export button seems to do nothing today.',
      'Could you try another browser?',
      'I tried another browser and nothing happens either. This is getting really frustrating.',
      'We are looking into it.',
      'This is ridiculous. I have a report due and your product is useless right now.',
    ])
    const mild = customerOnly('mild', [
      'The export is a bit slow today, not great.',
      'We are looking into it.',
      'It is still a bit slow, not great.',
      'Thanks for your patience.',
      'Still a bit slow, not great.',
    ])
    const w = readNow(worsening)
    const m = readNow(mild)
    expect(w.escalation).toBeGreaterThan(m.escalation)
    expect(w.reasons.map((r) => r.code)).toContain('worsening')
  })

  it('does not escalate a conversation that ends with sincere thanks, however it started', () => {
    const r = readNow(
      customerOnly('thanks', [
        'Your app charged me twice and nobody answers the phone. I am furious and I want my money back!',
        'I am very sorry. The second charge is refunded now.',
        'I can see the refund. Thank you so much, that was quick and kind!',
      ]),
    )
    expect(r.endedSatisfied).toBe(true)
    expect(r.escalate).toBe(false)
    expect(r.escalation).toBeLessThan(readNow(steadilyNegative).escalation)
  })

  it('does not escalate one angry first message on its own', () => {
    const r = readNow({ id: 'angry', messages: [msg('customer', 'This is absolutely unacceptable! Your update deleted all my notes and I am furious!', '2026-10-02T08:00:00Z')] })
    expect(r.escalation).toBeGreaterThan(0.2)
    expect(r.escalate).toBe(false)
  })

  it('escalates the same tone once an event adds to it: an ask for a manager after a failed fix', () => {
    const base = steadilyNegative.messages
    const r = readNow({
      id: 'negative-then-manager',
      messages: [...base, msg('agent', 'Please try ordering again, it should pack properly now.', '2026-10-01T09:50:00Z'), msg('customer', 'It came broken again. I want to speak to a manager.', '2026-10-01T10:30:00Z')],
    })
    expect(r.escalate).toBe(true)
    expect(r.escalation).toBeGreaterThan(readNow(steadilyNegative).escalation)
  })
})

describe('customerTrajectory', () => {
  const reading = (score: number, frustration = 0): MessageReading => ({ score, label: score > 0.2 ? 'positive' : score < -0.2 ? 'negative' : 'neutral', emotions: { frustration } })

  it('ranks a request that failed and ended "thanks anyway" above one that was met and ended "that\'s all, thanks"', () => {
    // Task-style exchanges: the customer asks, the agent misunderstands or cannot help, and the
    // customer closes politely either way. Only the close and the corrections tell them apart.
    const failed = customerOnly('failed', [
      'I need a quiet hotel near the station for two nights.',
      'The Grand is a busy hotel in the city centre.',
      'No, I said near the station. That is not what I asked for.',
      'Sorry, I can only find hotels in the centre.',
      'Ok, thanks anyway.',
    ])
    const declined = customerOnly('declined', [
      'I need a quiet hotel near the station for two nights.',
      'The Grand is a busy hotel in the city centre.',
      'Never mind, that is not what I wanted.',
      'Is there anything else I can help with?',
      'No, thanks.',
    ])
    const met = customerOnly('met', [
      'I need a quiet hotel near the station for two nights.',
      'The Linden is a quiet hotel two minutes from the station.',
      'Does it have parking?',
      'Yes, free parking.',
      "That's all I needed, thanks!",
    ])
    const f = readNow(failed)
    const d = readNow(declined)
    const m = readNow(met)
    expect(f.escalation).toBeGreaterThan(m.escalation)
    expect(d.escalation).toBeGreaterThan(m.escalation)
    // The polite close does not read as the customer leaving pleased.
    expect(f.arc[f.arc.length - 1]?.label).not.toBe('positive')
    expect(d.arc[d.arc.length - 1]?.label).not.toBe('positive')
    expect(m.arc[m.arc.length - 1]?.label).toBe('positive')
  })

  it('reads a lower score or more strain as more negative, never less', () => {
    expect(messageNegativity(reading(-0.5), T)).toBeGreaterThan(messageNegativity(reading(0), T))
    expect(messageNegativity(reading(0, 0.8), T)).toBeGreaterThan(messageNegativity(reading(0, 0.1), T))
    expect(messageNegativity(reading(1), T)).toBe(0)
    expect(messageNegativity(reading(-1, 1), T)).toBe(1)
  })

  it('blends level, last and worst message, and worsening against the opening half', () => {
    expect(customerTrajectory([], T).value).toBe(0)
    const one = customerTrajectory([0.8], T)
    expect(one).toMatchObject({ level: 0.8, lastMessage: 0.8, worstMessage: 0.8, worsening: 0 })
    const worse = customerTrajectory([0.2, 0.3, 0.7, 0.9], T)
    expect(worse.worsening).toBeCloseTo(0.55)
    expect(worse.value).toBeCloseTo(T.level * 0.525 + T.lastMessage * 0.9 + T.worstMessage * 0.9 + T.worsening * 0.55)
    // The same messages in the other order: as negative on average, but getting better.
    expect(customerTrajectory([0.9, 0.7, 0.3, 0.2], T).value).toBeLessThan(worse.value)
  })
})
