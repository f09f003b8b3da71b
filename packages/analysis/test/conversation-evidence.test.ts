import { describe, expect, it } from 'vitest'
import type { CueKind } from '@undertone/engine'
import { type ConversationMessage, type MessageReading, readConversation, readCustomer } from '../src/index.js'
import { msg, readingOf, thread } from './helpers.js'

const at = (iso: string): number => Date.parse(iso)

// Conversations written for these tests: escalation, waits and urgency from evidence only.
describe('conversation evidence', () => {
  it('does not escalate a conversation the customer ends satisfied, hours after the last word', () => {
    const conv = {
      id: 'happy-end',
      messages: [
        msg('customer', 'The invoice PDF is blank again and our accountant is waiting. Really annoying.', '2026-09-01T08:00:00Z'),
        msg('agent', 'Sorry about that! I regenerated it; the link in your inbox works now.', '2026-09-01T13:30:00Z'),
        msg('customer', 'Perfect, that fixed it. Best support team I have dealt with, thank you!', '2026-09-01T13:40:00Z'),
      ],
    }
    const r = readConversation(conv, at('2026-09-01T20:00:00Z'))
    expect(r.endedSatisfied).toBe(true)
    expect(r.escalate).toBe(false)
    expect(r.reasons.map((x) => x.code)).not.toContain('sla-breach')
    expect(r.waitingSince).toBeUndefined()
    expect(r.urgency).toBeLessThan(0.3)
  })

  it('keeps a customer who only thanks while the deadline is open waiting, urgent and not recovering', () => {
    const conv = {
      id: 'open-deadline-thanks',
      messages: [
        msg('customer', 'the match tickets disappeared from my account and kick-off is TONIGHT at 7??', '2026-09-02T15:00:00Z'),
        msg('agent', 'Sorry! I have asked the box office to reissue them.', '2026-09-02T15:05:00Z'),
        msg('customer', 'ok how long will that take? gates open at 6', '2026-09-02T15:06:00Z'),
        msg('agent', 'They are on it now, I will message you as soon as it is done.', '2026-09-02T15:10:00Z'),
        msg('customer', 'ok thank you!! fingers crossed', '2026-09-02T15:11:00Z'),
      ],
    }
    const r = readConversation(conv, at('2026-09-02T15:20:00Z'))
    expect(r.endedSatisfied).toBe(false)
    expect(r.waitingSince).toBeDefined()
    expect(r.urgency).toBeGreaterThanOrEqual(0.6)
    expect(r.trend.direction).not.toBe('improving')
  })

  it('holds the trend while the customer, a deadline open, welcomes part of the plan and asks what is still missing', () => {
    const conv = (second: string) =>
      readConversation(
        {
          id: 'half-good-news',
          messages: [
            msg('customer', 'Our awards dinner is at your hotel this Friday and the booking no longer shows the stage or the microphones. We need them by Friday.', '2026-10-01T09:00:00Z'),
            msg('agent', 'The stage is booked again; I am still waiting to hear about the microphones.', '2026-10-01T09:30:00Z'),
            msg('customer', second, '2026-10-01T09:35:00Z'),
          ],
        },
        at('2026-10-01T10:00:00Z'),
      )
    const asks = conv('Good news on the stage. And if the microphones fall through, is there a backup?')
    expect(asks.trend.direction).not.toBe('improving')
    expect(asks.urgency).toBeGreaterThanOrEqual(0.6)
    // Told it is sorted, the customer recovers: the hold is for what is still open.
    expect(conv('Both are back on the booking and it looks perfect now, thank you!').trend.direction).toBe('improving')
  })

  it('keeps the deadline open when the customer praises the help while still waiting on the outcome', () => {
    const waiting = (last: string) =>
      readConversation(
        {
          id: 'awaiting',
          messages: [
            msg('customer', 'My boarding pass has the wrong surname and the gate closes at 6:40 tomorrow morning. Can it be fixed tonight?', '2026-09-04T21:00:00Z'),
            msg('agent', 'I have asked the airline to reissue it and I am watching the request now.', '2026-09-04T21:10:00Z'),
            msg('customer', last, '2026-09-04T21:12:00Z'),
          ],
        },
        at('2026-09-04T21:20:00Z'),
      )
    const open = waiting("Thank you, you've been really helpful. Fingers crossed, I'll keep checking my email.")
    expect(open.urgency).toBeGreaterThanOrEqual(0.6)
    expect(open.trend.direction).not.toBe('improving')
    // Told it is solved, the same praise closes it.
    const met = waiting("The new boarding pass just came through, you've been really helpful. Thank you!")
    expect(met.urgency).toBeLessThan(0.3)
  })

  it('keeps the deadline open after praise that asks on, and reopens it when a later message still waits', () => {
    const opening = [
      msg('customer', 'Our shop opens at noon today and the card terminal shows error T-40 on every payment. Can you check it?', '2026-09-06T08:00:00Z'),
      msg('agent', 'I have asked our payments team to look at the terminal now.', '2026-09-06T08:10:00Z'),
    ]
    const read = (...later: ConversationMessage[]) => readConversation({ id: 'praise-then-wait', messages: [...opening, ...later] }, at('2026-09-06T09:00:00Z'))
    // Praise that goes on asking solves nothing.
    const asking = read(msg('customer', "Perfect, that's a great idea. Can you also check the evening ferry?", '2026-09-06T08:12:00Z'))
    expect(asking.urgency).toBeGreaterThanOrEqual(0.6)
    // Praise alone reads as the problem solved, until the customer says they are still waiting.
    const praised = msg('customer', "Brilliant, you're a star.", '2026-09-06T08:12:00Z')
    expect(read(praised).urgency).toBeLessThan(0.3)
    expect(read(praised, msg('customer', 'Fingers crossed they confirm it before noon.', '2026-09-06T08:20:00Z')).urgency).toBeGreaterThanOrEqual(0.6)
  })

  it('holds the trend while the deadline is open, whatever calmer words come before it is met', () => {
    const open = {
      id: 'open-deadline-calmer',
      messages: [
        msg('customer', 'Our rota has to be published by 4pm today and the scheduler will not save. Error SCH-12 every time.', '2026-09-03T13:00:00Z'),
        msg('agent', 'Sorry, our engineers are looking at it right now.', '2026-09-03T13:10:00Z'),
        msg('customer', 'Is there a way to export it as a PDF in the meantime?', '2026-09-03T13:15:00Z'),
        msg('agent', 'Not while it is down, I am afraid. I will update you by 3.', '2026-09-03T13:25:00Z'),
        msg('customer', 'Ok thanks. Please hurry, hope it is fixed soon.', '2026-09-03T13:30:00Z'),
      ],
    }
    const r = readConversation(open, at('2026-09-03T13:40:00Z'))
    expect(r.trend.direction).not.toBe('improving')
    expect(r.urgency).toBeGreaterThanOrEqual(0.6)
    const met = { ...open, id: 'open-deadline-met', messages: [...open.messages, msg('agent', 'Fixed: the scheduler saves again.', '2026-09-03T14:00:00Z'), msg('customer', 'Published with ten minutes to spare, you saved my afternoon. Thank you!', '2026-09-03T14:05:00Z')] }
    expect(readConversation(met, at('2026-09-03T14:10:00Z')).trend.direction).toBe('improving')
  })

  it('ranks a booking the customer had to correct twice above one that went through, without escalating either', () => {
    const corrected = thread([
      ['customer', 'Please book a table for two at Luigi’s on Friday at 6:30.', '2026-09-05T10:00:00Z'],
      ['agent', 'Booked: a table for two at Luigi’s on Saturday at 6:30.', '2026-09-05T10:00:20Z'],
      ['customer', 'Friday. Not Saturday.', '2026-09-05T10:00:40Z'],
      ['agent', 'Changed: Friday at 7:30.', '2026-09-05T10:01:00Z'],
      ['customer', 'No, 6:30.', '2026-09-05T10:01:20Z'],
      ['agent', 'Done: Friday at 6:30.', '2026-09-05T10:01:40Z'],
      ['customer', 'ok', '2026-09-05T10:02:00Z'],
    ])
    const smooth = thread([
      ['customer', 'Please book a table for two at Luigi’s on Friday at 6:30.', '2026-09-05T11:00:00Z'],
      ['agent', 'Booked: a table for two at Luigi’s on Friday at 6:30.', '2026-09-05T11:00:20Z'],
      ['customer', 'Yes, Friday at 6:30 is right.', '2026-09-05T11:00:40Z'],
      ['agent', 'Anything else?', '2026-09-05T11:01:00Z'],
      ['customer', 'ok', '2026-09-05T11:01:20Z'],
    ])
    const a = readConversation({ id: 'corrected', messages: corrected }, at('2026-09-05T10:05:00Z'))
    const b = readConversation({ id: 'smooth', messages: smooth }, at('2026-09-05T11:05:00Z'))
    expect(corrected.flatMap((m) => m.reading?.cues ?? [])).toContain('restated-ask')
    expect(smooth.flatMap((m) => m.reading?.cues ?? [])).not.toContain('restated-ask')
    expect(a.reasons.map((x) => x.code)).toContain('repeated-ask')
    expect(a.escalation).toBeGreaterThan(b.escalation)
    expect(a.escalate).toBe(false)
  })

  it('counts a wait against the SLA only while the customer is waiting', () => {
    const question = msg('customer', 'Where can I download last month’s usage report?', '2026-09-02T08:00:00Z')
    const unanswered = readConversation({ id: 'waiting', slaMinutes: 60, messages: [question] }, at('2026-09-02T12:00:00Z'))
    expect(unanswered.reasons.map((x) => x.code)).toContain('sla-breach')
    const answeredLate = readConversation(
      { id: 'answered', slaMinutes: 60, messages: [question, msg('agent', 'It is under Billing, then Reports.', '2026-09-02T11:00:00Z')] },
      at('2026-09-02T18:00:00Z'),
    )
    expect(answeredLate.reasons.map((x) => x.code)).not.toContain('sla-breach')
    expect(answeredLate.waitMinutes).toBe(0)
  })

  it('keeps an open deadline urgent after a thank-you, and lets it go once the customer says it is fixed', () => {
    const messages: ConversationMessage[] = [
      msg('customer', 'Our board deadline is at 9am tomorrow and the quarterly export keeps failing. Please help ASAP.', '2026-09-03T17:00:00Z'),
      msg('agent', 'Understood, I have passed this to our engineers.', '2026-09-03T17:10:00Z'),
      msg('customer', 'Thank you. Please keep me posted, the clock is ticking.', '2026-09-03T17:12:00Z'),
    ]
    const first = readingOf('Our board deadline is at 9am tomorrow and the quarterly export keeps failing. Please help ASAP.')
    const open = readConversation({ id: 'deadline', messages }, at('2026-09-03T17:30:00Z'))
    expect(first.emotions?.urgency ?? 0).toBeGreaterThan(0.5)
    expect(open.urgency).toBeGreaterThanOrEqual(first.emotions?.urgency ?? 1)
    expect(open.trend.direction).not.toBe('improving')
    const fixed = readConversation(
      { id: 'deadline', messages: [...messages, msg('agent', 'Fixed: the export runs again.', '2026-09-03T19:00:00Z'), msg('customer', 'It works perfectly now, thank you!', '2026-09-03T19:05:00Z')] },
      at('2026-09-03T19:30:00Z'),
    )
    expect(fixed.urgency).toBeLessThan(0.3)
    expect(readConversation({ id: 'deadline', status: 'resolved', messages }, at('2026-09-03T17:30:00Z')).urgency).toBe(0)
  })

  it('reads a conversation whose fix failed as deteriorating when the customer ends no happier than they began, even with flat scores', () => {
    const said = (score: number, cues: CueKind[]): MessageReading => ({ score, label: 'negative', cues })
    const customer = (id: string, iso: string, reading: MessageReading): ConversationMessage => ({ id, role: 'customer', at: at(iso), reading })
    const agent = (id: string, iso: string): ConversationMessage => ({ id, role: 'agent', at: at(iso) })
    // Negative from the start, a suggested fix, "still the same", and no better at the end: the
    // scores barely move (no slope, no drop past the threshold), the failed fix is what went wrong.
    const failed = [
      customer('c1', '2026-09-05T09:00:00Z', said(-0.55, ['issue-report'])),
      agent('a1', '2026-09-05T09:10:00Z'),
      customer('c2', '2026-09-05T09:30:00Z', said(-0.5, ['repeat-contact'])),
      customer('c3', '2026-09-05T09:40:00Z', said(-0.6, ['issue-report'])),
    ]
    expect(readConversation({ id: 'flat-failed', messages: failed }, at('2026-09-05T10:00:00Z')).trend.direction).toBe('deteriorating')
    // The same scores with no fix tried (no reply before the second message) stay stable.
    const untried = failed.filter((m) => m.role === 'customer').map((m) => (m.id === 'c2' ? customer('c2', '2026-09-05T09:30:00Z', said(-0.5, ['issue-report'])) : m))
    expect(readConversation({ id: 'flat-untried', messages: untried }, at('2026-09-05T10:00:00Z')).trend.direction).toBe('stable')
    // A fix that failed and then worked is no deterioration.
    const recovered = [...failed, agent('a2', '2026-09-05T09:50:00Z'), customer('c4', '2026-09-05T10:00:00Z', { score: 0.8, label: 'positive', cues: ['gratitude'] })]
    expect(readConversation({ id: 'recovered', messages: recovered }, at('2026-09-05T10:10:00Z')).trend.direction).not.toBe('deteriorating')
  })

  it('reads a goodbye after a satisfied close as no fall', () => {
    const customer = (id: string, iso: string, reading: MessageReading): ConversationMessage => ({ id, role: 'customer', at: at(iso), reading })
    const agent = (id: string, iso: string): ConversationMessage => ({ id, role: 'agent', at: at(iso) })
    const messages = [
      customer('c1', '2026-09-06T18:00:00Z', { score: 0, label: 'neutral', cues: [] }),
      agent('a1', '2026-09-06T18:05:00Z'),
      customer('c2', '2026-09-06T18:30:00Z', { score: 0.95, label: 'positive', cues: ['gratitude', 'praise'] }),
      agent('a2', '2026-09-06T18:31:00Z'),
      customer('c3', '2026-09-06T18:32:00Z', { score: 0.2, label: 'neutral', cues: ['acknowledgement'] }),
    ]
    const goodbye = readConversation({ id: 'goodbye', slaMinutes: 10, messages }, at('2026-09-06T19:00:00Z'))
    expect(goodbye.trend.direction).not.toBe('deteriorating')
    // Nobody is waiting on a goodbye: the conversation ended satisfied and no wait runs.
    expect(goodbye.endedSatisfied).toBe(true)
    expect(goodbye.waitMinutes).toBe(0)
    expect(goodbye.reasons.find((x) => x.code === 'sla-breach')?.weight ?? 0).toBe(0)
    // A new question after the thanks is waited on again.
    const question = [...messages.slice(0, 4), customer('c3', '2026-09-06T18:32:00Z', { score: 0, label: 'neutral', cues: ['question'] })]
    const asked = readConversation({ id: 'question', slaMinutes: 10, messages: question }, at('2026-09-06T19:00:00Z'))
    expect(asked.endedSatisfied).toBe(false)
    expect(asked.waitMinutes).toBeGreaterThan(0)
    // The same fall to a complaint is one.
    const complaint = [...messages.slice(0, 4), customer('c3', '2026-09-06T18:32:00Z', { score: -0.6, label: 'negative', cues: ['issue-report'] })]
    expect(readConversation({ id: 'complaint', messages: complaint }, at('2026-09-06T19:00:00Z')).trend.direction).toBe('deteriorating')
  })

  it('escalates on failed fixes and asks for a manager, not on one negative message', () => {
    const oneComplaint = readConversation({ id: 'one', messages: [msg('customer', 'The app crashes every time I open a report. So annoying.', '2026-09-04T08:00:00Z')] }, at('2026-09-04T08:05:00Z'))
    expect(oneComplaint.escalate).toBe(false)
    const stuck = readConversation(
      {
        id: 'stuck',
        messages: [
          msg('customer', 'The app crashes every time I open a report. So annoying.', '2026-09-04T08:00:00Z'),
          msg('agent', 'Please reinstall the app; that clears the report cache.', '2026-09-04T08:10:00Z'),
          msg('customer', 'Reinstalled and it still crashes. I want to speak to a manager.', '2026-09-04T08:30:00Z'),
        ],
      },
      at('2026-09-04T08:35:00Z'),
    )
    expect(stuck.escalate).toBe(true)
    expect(stuck.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['failed-fix', 'human-request']))
    expect(stuck.escalation).toBeGreaterThan(oneComplaint.escalation)
  })

  it('leaves a message in a language the reader does not read out of trend, escalation and urgency', () => {
    const base: ConversationMessage[] = [
      msg('customer', 'The shipping label will not print.', '2026-09-05T08:00:00Z'),
      msg('agent', 'Try the label printer setting under Preferences.', '2026-09-05T08:10:00Z'),
      msg('customer', 'That worked, thank you!', '2026-09-05T08:20:00Z'),
    ]
    const foreign: ConversationMessage = {
      id: 'de',
      role: 'customer',
      at: at('2026-09-05T08:21:00Z'),
      reading: { score: -0.4, label: 'negative', emotions: { frustration: 0.52, urgency: 0.8 }, cues: [], languageSupported: false },
    }
    const now = at('2026-09-05T09:00:00Z')
    const without = readConversation({ id: 'c', messages: base }, now)
    const withForeign = readConversation({ id: 'c', messages: [...base, foreign] }, now)
    expect(withForeign.arc).toHaveLength(without.arc.length)
    expect(withForeign.trend).toEqual(without.trend)
    expect(withForeign.escalation).toBeCloseTo(without.escalation, 6)
    expect(withForeign.urgency).toBe(without.urgency)
  })

  it('reads a thank-you in a language it does not read as a message to review, not as a turn for the worse', () => {
    const rows: [ConversationMessage['role'], string, string][] = [
      ['customer', 'The calendar invites arrive without the meeting link.', '2026-09-05T10:00:00Z'],
      ['agent', 'Fixed: the link template was missing, please try again.', '2026-09-05T10:20:00Z'],
    ]
    const dutch: [ConversationMessage['role'], string, string] = ['customer', 'Hartelijk dank, nu werkt alles weer. Fijn weekend!', '2026-09-05T10:25:00Z']
    const now = at('2026-09-05T16:00:00Z')
    const messages = thread([...rows, dutch])
    expect(messages[2]?.reading?.languageSupported).toBe(false)
    const withDutch = readConversation({ id: 'nl', messages }, now)
    const without = readConversation({ id: 'nl', messages: thread(rows) }, now)
    expect(withDutch.arc).toHaveLength(1)
    expect(withDutch.escalate).toBe(false)
    expect(withDutch.trend.direction).toBe(without.trend.direction)
  })

  it('reads a German thank-you in an English conversation as the satisfied close it is', () => {
    const rows: [ConversationMessage['role'], string, string][] = [
      ['customer', 'The calendar invites arrive without the meeting link.', '2026-09-05T10:00:00Z'],
      ['agent', 'Fixed: the link template was missing, please try again.', '2026-09-05T10:20:00Z'],
      ['customer', 'Vielen Dank, jetzt funktioniert alles wieder. Schönes Wochenende!', '2026-09-05T10:25:00Z'],
    ]
    const messages = thread(rows)
    expect(messages[2]?.reading).toMatchObject({ label: 'positive' })
    expect(messages[2]?.reading?.languageSupported).not.toBe(false)
    const r = readConversation({ id: 'de', messages }, at('2026-09-05T16:00:00Z'))
    expect(r.arc).toHaveLength(2)
    expect(r.escalate).toBe(false)
    expect(r.trend.direction).not.toBe('worsening')
  })

  it('hands a bot conversation over on the same evidence, and not after a satisfied close', () => {
    const failing = readConversation(
      {
        id: 'bot-fail',
        messages: thread([
          ['customer', 'My parcel tracking page shows an error.', '2026-09-06T08:00:00Z'],
          ['bot', 'Please clear your browser cache and reload the page.', '2026-09-06T08:00:05Z'],
          ['customer', 'Cleared it and the tracking page still shows the error.', '2026-09-06T08:03:00Z'],
        ]),
      },
      at('2026-09-06T08:04:00Z'),
    )
    expect(failing.handoff).toBe(true)
    expect(failing.handoffReasons.map((x) => x.code)).toContain('failed-fix')
    const thanked = readConversation(
      {
        id: 'bot-thanks',
        messages: [
          msg('customer', 'My parcel tracking page shows an error.', '2026-09-06T08:00:00Z'),
          msg('bot', 'Please clear your browser cache and reload the page.', '2026-09-06T08:00:05Z'),
          msg('customer', 'That fixed it, thanks a lot!', '2026-09-06T08:03:00Z'),
        ],
      },
      at('2026-09-06T08:04:00Z'),
    )
    expect(thanked.handoff).toBe(false)
  })

  it('counts as repeat contacts only the contacts about the same subject', () => {
    const contact = (id: string, subject: string, text: string, iso: string) => ({ id, subject, messages: [msg('customer', text, iso)] })
    const r = readCustomer(
      {
        customerId: 'u-subjects',
        conversations: [
          contact('s1', 'billing', 'Could you send me a copy of the September invoice?', '2026-09-10T09:00:00Z'),
          contact('s2', 'mobile', 'The mobile app logs me out every few minutes.', '2026-09-11T09:00:00Z'),
          contact('s3', 'mobile', 'Writing again: the mobile app still logs me out.', '2026-09-12T09:00:00Z'),
        ],
      },
      at('2026-09-12T10:00:00Z'),
    )
    expect(r.repeatContacts).toBe(2)
  })

  it('keeps a weekly chase that slips past the window one streak when the customer says they are back', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso)] })
    const chase = (second: string, third = "I'm writing again about the same bill and it is still wrong.") =>
      readCustomer(
        {
          customerId: 'u-weekly',
          conversations: [
            contact('w1', 'My December bill is three times what I normally pay. Could you check the meter reading?', '2026-01-08T10:00:00Z'),
            contact('w2', second, '2026-01-16T10:00:00Z'),
            contact('w3', third, '2026-01-24T10:00:00Z'),
          ],
        },
        at('2026-01-24T11:00:00Z'),
      )
    // Eight days apart each: the customer's own words join the contacts, a new topic eight days on does not.
    expect(chase("I'm writing again about my bill, it hasn't been corrected.").repeatContacts).toBe(3)
    expect(chase('Could you also tell me how to add a second property to my account?').repeatContacts).toBe(2)
    // Unless the customer counts: their third message about the bill is three contacts, by their count.
    expect(chase('Could you also tell me how to add a second property to my account?', 'This is my third message about the same bill and it is still wrong.').repeatContacts).toBe(3)
  })

  it('keeps a chase back each quarter one streak when every contact says it is back, and only then', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso)] })
    const quarterly = (third: string) =>
      readCustomer(
        {
          customerId: 'u-quarterly',
          conversations: [
            contact('q1', 'My gas bill is an estimate although I sent a reading on 28 December.', '2026-01-08T10:00:00Z'),
            contact('q2', 'Same as last quarter: the bill is estimated again although I sent a reading.', '2026-04-07T10:00:00Z'),
            contact('q3', third, '2026-07-06T10:00:00Z'),
            contact('q4', 'And again. Fourth quarter in a row with an estimated bill.', '2026-10-06T10:00:00Z'),
          ],
        },
        at('2026-10-06T11:00:00Z'),
      )
    // Ninety days apart and nine months in all: the customer's own words join every contact.
    expect(quarterly('Third quarter running. The bill is estimated again.').repeatContacts).toBe(4)
    // A contact in the middle that says nothing of being back ends the streak there.
    expect(quarterly('Could you tell me how to switch to paperless billing?').repeatContacts).toBe(2)
  })

  it("takes the customer's count of their contacts: it joins contacts weeks apart and counts ones we never saw", () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso)] })
    const heating = (last: string, first = true) =>
      readCustomer(
        {
          customerId: 'u-heating',
          conversations: [
            ...(first ? [contact('h1', 'The heating in my flat is not coming on, the boiler shows F28.', '2026-11-02T08:00:00Z')] : []),
            contact('h2', 'Nobody has come about the boiler yet. Could you chase the contractor?', '2026-11-16T08:00:00Z'),
            contact('h3', 'Still no heating and no visit. We are using the oven to keep warm.', '2026-11-30T08:00:00Z'),
            contact('h4', last, '2026-12-14T08:00:00Z'),
          ],
        },
        at('2026-12-14T09:00:00Z'),
      )
    // Two weeks apart each, past the repeat window: the count joins them.
    const counted = heating('This is my fourth time contacting you about the heating. I need an engineer here tomorrow.')
    expect(counted.repeatContacts).toBe(4)
    expect(counted.interactions.at(-1)?.statedContacts).toBe(4)
    expect(counted.trend).toBe('deteriorating')
    // Nothing counted, a month after the last contact: it stands alone.
    expect(
      readCustomer(
        { customerId: 'u-heating-2', conversations: [contact('g1', 'Still no heating and no visit. We are using the oven to keep warm.', '2026-11-02T08:00:00Z'), contact('g2', 'I need an engineer here tomorrow, the flat is freezing.', '2026-12-14T08:00:00Z')] },
        at('2026-12-14T09:00:00Z'),
      ).repeatContacts,
    ).toBe(1)
    // A fault counted is no contact counted.
    expect(heating('This is the fourth time this has happened this year. I need an engineer here tomorrow.').interactions.at(-1)?.statedContacts).toBeUndefined()
    // The customer's count reaches past our records (calls, another inbox): three on record, five by their word.
    const beyond = heating("I've called you five times about this boiler and nobody has come.", false)
    expect(beyond.repeatContacts).toBe(5)
    expect(beyond.reasons.find((x) => x.code === 'repeat-contacts')?.detail).toContain("by the customer's count")
  })

  it('counts the window in whole days, so a weekly contact a little later in the day stays in the streak', () => {
    // Each contact closed with thanks: only the window joins them.
    const contact = (id: string, text: string, iso: string) => ({
      id,
      messages: [msg('customer', text, iso), msg('agent', 'Sorry about that, a refund for it is on its way.', iso.replace(/:00Z$/, ':30Z')), msg('customer', 'Thanks, that sorts it!', iso.replace(/:00Z$/, ':45Z'))],
    })
    const weekly = (second: string, third: string) =>
      readCustomer(
        {
          customerId: 'u-box',
          conversations: [
            contact('k1', 'My veg box came without the potatoes this week.', '2026-02-03T18:20:00Z'),
            contact('k2', 'This week the box had no carrots in it.', second),
            contact('k3', 'The onions were missing from my box today.', third),
          ],
        },
        at('2026-02-20T00:00:00Z'),
      )
    // A week and 45 minutes, then a week and 35 minutes: seven days each.
    expect(weekly('2026-02-10T19:05:00Z', '2026-02-17T19:40:00Z').repeatContacts).toBe(3)
    // Eight days and more apart, with nothing said about being back: a new streak each time.
    expect(weekly('2026-02-11T19:05:00Z', '2026-02-19T19:40:00Z').repeatContacts).toBe(1)
  })

  it('joins a contact that opens unhappy to the one before it the customer left unhappy and unsolved, up to a month back', () => {
    const contact = (id: string, text: string, iso: string) => ({ id, messages: [msg('customer', text, iso)] })
    const box = (second: string, third: string) =>
      readCustomer(
        {
          customerId: 'u-box-open',
          conversations: [
            contact('o1', 'My veg box came without the potatoes this week.', '2026-02-03T18:20:00Z'),
            contact('o2', 'This week the box had no carrots in it.', second),
            contact('o3', 'The onions were missing from my box today.', third),
          ],
        },
        at('2026-03-20T00:00:00Z'),
      )
    // Eight and twelve days apart, nothing said about being back, each one left unsolved: one chase.
    expect(box('2026-02-11T19:05:00Z', '2026-02-23T19:40:00Z').repeatContacts).toBe(3)
    // Over a month apart: a new streak.
    expect(box('2026-02-11T19:05:00Z', '2026-03-19T19:40:00Z').repeatContacts).toBe(1)
  })
})

describe('the customer taking a step', () => {
  it('starts no wait: the next move is theirs, and the wait runs from the report after it', () => {
    const rows = [
      ['customer', 'My smart plug keeps dropping off the wifi every night.', '2026-12-07T20:00:00Z'],
      ['agent', 'Sorry! Please hold the button for ten seconds to reset it.', '2026-12-07T20:05:00Z'],
      ['customer', 'ok, holding the button now', '2026-12-07T20:06:00Z'],
    ] as const
    const stepped = readConversation({ id: 'step', slaMinutes: 240, messages: thread(rows) }, at('2026-12-08T00:06:00Z'))
    expect(stepped.waitMinutes).toBe(0)
    const failed = readConversation(
      { id: 'step-failed', slaMinutes: 240, messages: thread([...rows, ['customer', 'Did that. The plug dropped off the wifi again at 11pm, same as before.', '2026-12-07T23:10:00Z']]) },
      at('2026-12-08T00:10:00Z'),
    )
    expect(failed.waitMinutes).toBe(60)
    expect(failed.escalate).toBe(true)
  })

  it('a question asked with it is waited on', () => {
    const asked = readConversation(
      {
        id: 'step-question',
        slaMinutes: 240,
        messages: thread([
          ['customer', 'My smart plug keeps dropping off the wifi every night.', '2026-12-07T20:00:00Z'],
          ['agent', 'Sorry! Please hold the button for ten seconds to reset it.', '2026-12-07T20:05:00Z'],
          ['customer', 'ok, holding it now. Which light should come on?', '2026-12-07T20:06:00Z'],
        ]),
      },
      at('2026-12-07T21:06:00Z'),
    )
    expect(asked.waitMinutes).toBe(60)
  })
})
