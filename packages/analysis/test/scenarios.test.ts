import { describe, expect, it } from 'vitest'
import { readConversation, readCustomer } from '../src/index.js'
import { msg } from './helpers.js'

// Scenarios written for these tests; each covers one conversation case of the product spec.
describe('conversation and customer scenarios', () => {
  it('a fix that fails after a calm moment: negative, neutral, negative; deteriorating; escalate', () => {
    const conv = {
      id: 'failed-fix',
      messages: [
        msg('customer', 'Sync keeps failing every time I save a draft. This is so frustrating.', '2026-06-01T09:00:00Z'),
        msg('agent', 'Sorry! Please install version 7.1, which fixes draft sync.', '2026-06-01T09:04:00Z'),
        msg('customer', 'Okay, installing it now.', '2026-06-01T09:06:00Z'),
        msg('customer', 'Installed it and it still fails. Wonderful.', '2026-06-01T09:30:00Z'),
      ],
    }
    const r = readConversation(conv, Date.parse('2026-06-01T09:35:00Z'))
    expect(r.arc.map((p) => p.label)).toEqual(['negative', 'neutral', 'negative'])
    expect(r.arc[1]?.repliesBefore).toBe(1)
    expect(r.trend.direction).toBe('deteriorating')
    expect(r.escalate).toBe(true)
    expect(r.reasons.map((x) => x.code)).toContain('failed-fix')
  })

  it('a recovered conversation: improving, large positive resolution delta, no escalation', () => {
    const conv = {
      id: 'recovered',
      status: 'resolved' as const,
      messages: [
        msg('customer', 'You billed me twice this month and I am not happy about it!', '2026-06-02T08:00:00Z'),
        msg('agent', 'Apologies, the second charge is refunded and will show in two days.', '2026-06-02T08:20:00Z'),
        msg('customer', 'Wow, that was fast. Thanks so much!', '2026-06-02T08:25:00Z'),
      ],
    }
    const r = readConversation(conv, Date.parse('2026-06-02T08:30:00Z'))
    expect(r.trend.direction).toBe('improving')
    expect(r.resolutionDelta).toBeGreaterThanOrEqual(0.5)
    expect(r.escalate).toBe(false)
    expect(r.resolvedButUnhappy).toBe(false)
  })

  it('a customer who goes from friendly to demanding over three contacts: deteriorating, alert, 3 repeat contacts', () => {
    const customer = {
      customerId: 'cust-7',
      conversations: [
        { id: 'k1', messages: [msg('customer', 'Hello! Quick question about the PDF report layout.', '2026-07-01T10:00:00Z'), msg('agent', 'Hi! Could you try the print preset?', '2026-07-01T10:15:00Z')] },
        { id: 'k2', messages: [msg('customer', 'Tried the preset, the report is still cut off.', '2026-07-02T11:00:00Z')] },
        { id: 'k3', messages: [msg('customer', 'I need this fixed today, no more excuses.', '2026-07-03T09:00:00Z')] },
      ],
    }
    const r = readCustomer(customer, Date.parse('2026-07-03T09:30:00Z'))
    expect(r.trend).toBe('deteriorating')
    expect(r.repeatContacts).toBeGreaterThanOrEqual(3)
    expect(r.alert.alert).toBe(true)
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['deteriorating', 'repeat-contacts']))
  })

  it('a resolved conversation whose customer ends unhappy is flagged', () => {
    const r = readConversation(
      {
        id: 'closed-unhappy',
        status: 'closed',
        messages: [
          msg('customer', 'The import dropped half my contacts.', '2026-06-03T08:00:00Z'),
          msg('agent', 'This is expected behaviour for duplicates. Closing the ticket.', '2026-06-03T09:00:00Z'),
          msg('customer', 'That is not acceptable, I lost real customers.', '2026-06-03T09:10:00Z'),
        ],
      },
      Date.parse('2026-06-03T10:00:00Z'),
    )
    expect(r.resolvedButUnhappy).toBe(true)
  })

  it('hands a bot conversation to a person when frustration rises or a human is asked for', () => {
    const r = readConversation(
      {
        id: 'bot',
        messages: [
          msg('customer', 'How do I change my delivery address?', '2026-06-04T08:00:00Z'),
          msg('bot', 'You can change it in Settings > Addresses.', '2026-06-04T08:00:05Z'),
          msg('customer', 'There is no such menu. Let me talk to a real person.', '2026-06-04T08:01:00Z'),
        ],
      },
      Date.parse('2026-06-04T08:02:00Z'),
    )
    expect(r.handoff).toBe(true)
    expect(r.handoffReasons.map((x) => x.code)).toContain('human-request')
    const human = readConversation(
      { id: 'human', messages: [msg('customer', 'Let me talk to a real person.', '2026-06-04T08:01:00Z'), msg('agent', 'Hi, I am Sam.', '2026-06-04T08:02:00Z'), msg('customer', 'Let me talk to a real person.', '2026-06-04T08:03:00Z')] },
      Date.parse('2026-06-04T08:04:00Z'),
    )
    expect(human.handoff).toBe(false)
  })

  it('escalates a long unanswered wait against the SLA', () => {
    const conv = { id: 'wait', slaMinutes: 60, messages: [msg('customer', 'Can you check my order status?', '2026-06-05T08:00:00Z')] }
    const early = readConversation(conv, Date.parse('2026-06-05T08:10:00Z'))
    const late = readConversation(conv, Date.parse('2026-06-05T11:00:00Z'))
    expect(late.waitMinutes).toBe(180)
    expect(late.escalation).toBeGreaterThan(early.escalation)
    expect(late.reasons[0]?.code).toBe('sla-breach')
  })
})
