import { createRng } from '@undertone/engine'
import type { IncomingMessage } from '@undertone/storage'

// A seeded source (mulberry32), so a demo is the same on every machine.
const rng = createRng


// Everything below is written for the demo; none of it comes from a data set.
const AREAS: Record<string, { thing: string; bug: string[]; ask: string[] }> = {
  billing: { thing: 'invoice', bug: ['I was charged twice this month', 'the invoice shows the wrong amount', 'my card was declined but the money left my account'], ask: ['how do I change the billing email', 'can I get an invoice with our VAT number'] },
  export: { thing: 'CSV export', bug: ['the CSV export is empty', 'the export stops at 80% and never finishes', 'exported dates are in the wrong timezone'], ask: ['can the export include archived items', 'how do I schedule a weekly export'] },
  login: { thing: 'login', bug: ["I can't log in since this morning", 'the password reset link has expired twice', 'SSO keeps sending me back to the login page'], ask: ['how do I add two-factor authentication', 'can I change the email I log in with'] },
  notifications: { thing: 'notifications', bug: ['notifications arrive hours late', 'I get every notification three times', 'mobile push notifications stopped working'], ask: ['how do I mute notifications at night', 'can I get a daily digest instead'] },
  integrations: { thing: 'Slack integration', bug: ['the Slack integration disconnected again', 'the webhook returns a 500 error', 'the calendar sync duplicated all my events'], ask: ['do you integrate with Teams', 'how do I rotate the webhook secret'] },
  reporting: { thing: 'reports', bug: ['the weekly report is missing last week', 'the dashboard charts are blank', 'report totals do not match the table'], ask: ['can I share a report with a client', 'how do I add a custom field to reports'] },
}
/** The demo's injected product problem: most export complaints of the last week are this one bug. */
const INCIDENT_BUG = 'the export stops at 80% and never finishes'

const SEGMENTS = [
  { segment: 'enterprise', plan: 'enterprise', value: [40_000, 250_000] },
  { segment: 'smb', plan: 'pro', value: [2_000, 20_000] },
  { segment: 'startup', plan: 'starter', value: [300, 3_000] },
] as const
const AGENTS = ['agent-ana', 'agent-ben', 'agent-chloe', 'agent-dev', 'agent-eli', 'agent-farah']

type Mood = 'calm' | 'confused' | 'annoyed' | 'urgent' | 'angry' | 'happy'

function opening(mood: Mood, area: (typeof AREAS)[string], pick: <T>(xs: readonly T[]) => T): string {
  switch (mood) {
    case 'calm':
      return `${pick(['Hi there!', 'Hello,', 'Hi team,'])} ${pick(area.ask)}?`
    case 'confused':
      return `${pick(["I'm not sure if I'm doing this right:", 'Maybe I am missing something, but', "Quick question, I'm a bit lost:"])} ${pick(area.ask)}?`
    case 'annoyed':
      return `${pick(['Hi,', 'Hello,', ''])} ${pick(area.bug)}. ${pick(['This is really annoying.', 'Can you please look into it?', 'Not great.'])}`.trim()
    case 'urgent':
      return `${pick(area.bug)} and ${pick(['I have a client demo in two hours', 'our board meeting is tomorrow morning', 'we go live today'])}. ${pick(['Please help ASAP.', 'This is urgent!', 'I need this fixed immediately.'])}`
    case 'angry':
      return `${pick(["This is the third time I'm contacting you.", 'Unacceptable.', 'I am extremely frustrated.'])} ${pick(area.bug)}. ${pick(['If this is not fixed by Friday we are cancelling our subscription.', 'Can I please talk to a real person?', 'Still broken. Tried everything. Nothing.'])}`
    default:
      return `${pick(['Just wanted to say', 'Quick note:'])} the new ${area.thing} ${pick(['works perfectly', 'is fantastic', 'saved us hours'])}, thank you!`
  }
}

function followUp(outcome: 'fixed' | 'failed' | 'grudging', area: (typeof AREAS)[string], pick: <T>(xs: readonly T[]) => T): string {
  switch (outcome) {
    case 'fixed':
      return pick(['That fixed it, thanks a lot!', 'Works perfectly now, thank you!', 'Great, all sorted. Thanks for the quick help.'])
    case 'failed':
      return pick([`Tried that, the ${area.thing} is still broken.`, 'Updated and it still fails. Great.', 'Still not working. This is getting ridiculous.', 'Nope. Same error. Again.'])
    default:
      return pick(['Fine, I guess that works.', 'Okay, I suppose that will do.', 'Whatever works.'])
  }
}

/** Options of the synthetic demo. */
export interface DemoOptions {
  readonly conversations: number
  readonly days?: number
  /** The demo's "now" (ms); conversations spread over `days` before it. */
  readonly end: number
  readonly seed?: number
}

/**
 * Generates synthetic support conversations (they say so: source "demo", tag "synthetic") with
 * product areas, agents, customer segments and values, and two injected stories: an incident in
 * exports during the last week (one bug, {@link INCIDENT_BUG}, in most of its complaints; more
 * contacts, more of them negative), and a slow decline in notifications after a release mid-way.
 * Yields batches of canonical messages in time order of conversations.
 */
export function* generateDemo(opts: DemoOptions): Generator<IncomingMessage[]> {
  const rand = rng(opts.seed ?? 20261126)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const days = opts.days ?? 60
  const start = opts.end - days * 86_400_000
  const customers = Math.max(1, Math.round(opts.conversations / 2.2))
  const areaNames = Object.keys(AREAS)
  let batch: IncomingMessage[] = []
  for (let c = 0; c < opts.conversations; c++) {
    const t0 = start + Math.floor(rand() * days * 86_400_000)
    const progress = (t0 - start) / (opts.end - start)
    // During the incident, exports also bring more contacts.
    const area = t0 > opts.end - 7 * 86_400_000 && rand() < 0.25 ? 'export' : pick(areaNames)
    const incident = area === 'export' && t0 > opts.end - 7 * 86_400_000
    // One bug, not three, so the drivers have one clear problem to find.
    const a = incident && rand() < 0.8 ? { ...(AREAS.export as (typeof AREAS)[string]), bug: [INCIDENT_BUG] } : (AREAS[area] as (typeof AREAS)[string])
    const cust = Math.floor(rand() ** 1.6 * customers)
    const seg = SEGMENTS[cust % SEGMENTS.length] as (typeof SEGMENTS)[number]
    const value = Math.round(seg.value[0] + ((cust * 7919) % 1000) / 1000 * (seg.value[1] - seg.value[0]))
    // The stories: exports break in the last week; notifications slowly sour after the mid-way release.
    const decline = area === 'notifications' && progress > 0.5 ? (progress - 0.5) * 0.5 : 0
    const r = rand()
    const negative = incident ? 0.85 : 0.35 + decline
    const mood: Mood = r < negative * 0.25 ? 'angry' : r < negative * 0.55 ? 'urgent' : r < negative ? 'annoyed' : r < negative + 0.15 ? 'confused' : r < 0.93 ? 'calm' : 'happy'
    const conversationId = `demo-${c}`
    const customerId = `demo-customer-${cust}`
    const agent = pick(AGENTS)
    const bot = rand() < 0.2
    let t = t0
    const base = { conversationId, customerId, source: 'demo', productArea: area, tags: ['synthetic', area], channel: pick(['email', 'chat', 'chat', 'social_twitter']), customer: { segment: seg.segment, plan: seg.plan, value } }
    const msgs: IncomingMessage[] = [{ ...base, externalId: `${conversationId}-0`, role: 'customer', text: opening(mood, a, pick), createdAt: t }]
    if (mood !== 'happy') {
      const wait = (incident ? 60 : 20) + rand() * (mood === 'urgent' || mood === 'angry' ? 120 : 600)
      t += wait * 60_000
      msgs.push({ ...base, externalId: `${conversationId}-1`, role: bot ? 'bot' : 'agent', agentId: bot ? 'bot' : agent, text: bot ? `Here is an article that may help with your ${a.thing}.` : pick([`Sorry about that! Could you try clearing the cache and checking the ${a.thing} again?`, `Thanks for reaching out. I've reset the ${a.thing} settings on our side; please try again.`, `Good question! Go to Settings and open the ${a.thing} section.`]), createdAt: t })
      const fails = incident ? 0.7 : 0.25 + decline
      const o = rand()
      const outcome = o < fails ? 'failed' : o < fails + 0.15 ? 'grudging' : 'fixed'
      t += (5 + rand() * 90) * 60_000
      msgs.push({ ...base, externalId: `${conversationId}-2`, role: 'customer', text: followUp(outcome, a, pick), createdAt: t })
      if (outcome === 'failed') {
        t += (10 + rand() * 240) * 60_000
        msgs.push({ ...base, externalId: `${conversationId}-3`, role: 'agent', agentId: agent, text: "I've escalated this to our engineers and will update you today.", createdAt: t })
        if (rand() < 0.6) {
          t += (30 + rand() * 600) * 60_000
          msgs.push({ ...base, externalId: `${conversationId}-4`, role: 'customer', text: followUp(rand() < 0.5 ? 'fixed' : 'failed', a, pick), createdAt: t })
        }
      }
    }
    // Conversations that went quiet days ago were closed; recent ones are still open.
    const kept = msgs.filter((m) => m.createdAt <= opts.end).map((m) => ({ ...m, createdAt: Math.round(m.createdAt) }))
    const last = kept[kept.length - 1]
    if (last !== undefined && opts.end - last.createdAt > 2 * 86_400_000) kept[kept.length - 1] = { ...last, status: 'resolved' }
    batch.push(...kept)
    if (batch.length >= 500) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}
