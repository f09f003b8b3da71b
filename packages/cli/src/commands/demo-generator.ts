import { createRng } from '@undertone/engine'
import type { IncomingMessage } from '@undertone/storage'
import {
  AGENT_ANSWERS,
  AGENT_CLOSES,
  AGENT_ESCALATES,
  AGENT_FIXED,
  AGENT_FIXES,
  AGENT_INCIDENT,
  AGENT_INCIDENT_FOLLOW,
  AGENT_PRAISED,
  AT_RISK_STORY,
  BOT_ARTICLE,
  BUG_TAILS,
  CONFUSED_OPENERS,
  DEMO_AREAS,
  type DemoArea,
  GREETINGS,
  INCIDENT_REPORTS,
  INCIDENT_WORKAROUND_FAILS,
  INCIDENT_WORKAROUND_OK,
  LATE_THANKS,
  PRAISE,
  STILL_BROKEN,
  THANKS_ANSWER,
  THANKS_FIX,
  URGENT_TAILS,
  capitalize,
} from './demo-lines.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Days before the demo's "now" that the release with the export bug went out. */
export const INCIDENT_DAYS = 6
/** The planted product problem's area. */
export const INCIDENT_AREA = 'export'
/** Share of customers whose story is one of failed fixes ending in a churn threat. */
const AT_RISK_SHARE = 0.02
/** Reports of the incident, as a share of all conversations: on top of the everyday traffic of its days. */
const INCIDENT_SHARE = 0.1

const SEGMENTS = [
  { segment: 'enterprise', plan: 'enterprise', value: [40_000, 250_000] },
  { segment: 'smb', plan: 'pro', value: [2_000, 20_000] },
  { segment: 'startup', plan: 'starter', value: [300, 3_000] },
] as const
const AGENTS = ['agent-ana', 'agent-ben', 'agent-chloe', 'agent-dev', 'agent-eli', 'agent-farah']
const CHANNELS = ['email', 'chat', 'chat', 'social_twitter']

/** How an everyday contact starts, with its share of everyday contacts. */
const KINDS = [
  ['question', 0.4],
  ['confused', 0.14],
  ['bug', 0.32],
  ['urgent', 0.06],
  ['happy', 0.05],
  ['angry', 0.03],
] as const
type Kind = (typeof KINDS)[number][0]

/** One message of a conversation script: who, what, and minutes after the message before. */
interface Turn {
  readonly role: 'customer' | 'agent' | 'bot'
  readonly text: string
  readonly after: number
  readonly resolved?: boolean
}

/** Options of the synthetic demo. */
export interface DemoOptions {
  readonly conversations: number
  /** Days of history (default 42: five quiet weeks, then the week of the incident). */
  readonly days?: number
  /** The demo's "now" (ms); conversations spread over `days` before it. */
  readonly end: number
  readonly seed?: number
}

type Rand = () => number

function weighted<T extends string>(rand: Rand, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0)
  let r = rand() * total
  for (const [k, w] of entries) {
    r -= w
    if (r < 0) return k
  }
  return (entries[entries.length - 1] as readonly [T, number])[0]
}

/** The customer's thanks and the agent's closing: how most contacts end. */
function thanked(rand: Rand, pick: <T>(xs: readonly T[]) => T, lines: readonly string[]): Turn[] {
  return [
    { role: 'customer', text: pick(lines), after: 5 + rand() * 120 },
    { role: 'agent', text: pick(AGENT_CLOSES), after: 5 + rand() * 30, resolved: true },
  ]
}

/** An everyday contact: a question or a bug, answered, and mostly sorted with a thank-you. */
function everyday(kind: Kind, area: DemoArea, rand: Rand, pick: <T>(xs: readonly T[]) => T): Turn[] {
  const bug = capitalize(pick(area.bug))
  if (kind === 'happy') return [
    { role: 'customer', text: `${pick(['Just wanted to say', 'Quick note:'])} the ${area.praise} ${pick(PRAISE)}, thank you!`, after: 0 },
    { role: 'agent', text: AGENT_PRAISED, after: 30 + rand() * 240, resolved: true },
  ]
  if (kind === 'question' || kind === 'confused') {
    const greeting = pick(GREETINGS)
    const ask = pick(area.ask)
    const opening = kind === 'question' ? `${greeting} ${greeting.endsWith('!') ? capitalize(ask) : ask}?` : `${pick(CONFUSED_OPENERS)} ${ask}?`
    const first: Turn = { role: 'customer', text: opening, after: 0 }
    if (rand() < 0.15) return [first, { role: 'bot', text: BOT_ARTICLE(area.section), after: 1 }, { role: 'customer', text: 'That answered it, thanks.', after: 3 + rand() * 30, resolved: true }]
    const answer: Turn = { role: 'agent', text: pick(AGENT_ANSWERS(area.section)), after: 15 + rand() * 225 }
    // Some customers never write back; the team closes the ticket a few days later.
    return rand() < 0.9 ? [first, answer, ...thanked(rand, pick, THANKS_ANSWER)] : [first, answer]
  }
  const opening =
    kind === 'urgent' ? `${bug}. ${pick(URGENT_TAILS)}` : kind === 'angry' ? `I am really frustrated: ${pick(area.bug)}, and it is the second time this month.` : `${bug}. ${pick(BUG_TAILS)}`
  const turns: Turn[] = [
    { role: 'customer', text: opening, after: 0 },
    { role: 'agent', text: pick(AGENT_FIXES(area.section)), after: kind === 'bug' ? 20 + rand() * 220 : 5 + rand() * 40 },
  ]
  if (rand() < 0.9) return [...turns, ...thanked(rand, pick, THANKS_FIX)]
  // The first suggestion did not work: engineering fixes it within a day or two.
  return [
    ...turns,
    { role: 'customer', text: pick(STILL_BROKEN), after: 10 + rand() * 90 },
    { role: 'agent', text: AGENT_ESCALATES, after: 10 + rand() * 60 },
    { role: 'agent', text: AGENT_FIXED, after: 4 * 60 + rand() * 40 * 60 },
    ...thanked(rand, pick, LATE_THANKS),
  ]
}

/** A report of the incident: the agent's known-problem answer, and the workaround working or not. */
function incident(rand: Rand, pick: <T>(xs: readonly T[]) => T): Turn[] {
  const report = pick(INCIDENT_REPORTS)
  const turns: Turn[] = [
    { role: 'customer', text: rand() < 0.25 ? `${report} We need it for a meeting tomorrow.` : report, after: 0 },
    { role: 'agent', text: AGENT_INCIDENT, after: 20 + rand() * 160 },
  ]
  const r = rand()
  if (r < 0.35) return [...turns, { role: 'customer', text: pick(INCIDENT_WORKAROUND_OK), after: 10 + rand() * 120 }]
  if (r < 0.5) return [...turns, { role: 'customer', text: pick(INCIDENT_WORKAROUND_FAILS), after: 10 + rand() * 120 }, { role: 'agent', text: AGENT_INCIDENT_FOLLOW, after: 10 + rand() * 60 }]
  return turns
}

/** A contact of an at-risk customer's story (step 0, 1 or 2): still open, each angrier than the last. */
function atRiskContact(step: number, bug: string, rand: Rand): Turn[] {
  const s = (AT_RISK_STORY[step] as (typeof AT_RISK_STORY)[number])(bug)
  const turns: Turn[] = [
    { role: 'customer', text: s.opening, after: 0 },
    { role: 'agent', text: s.reply, after: 30 + rand() * 120 },
  ]
  if (s.answer !== undefined) turns.push({ role: 'customer', text: s.answer, after: 20 + rand() * 120 })
  // The team answers every time; what the customer waits for is the fix.
  if (s.last !== undefined) turns.push({ role: 'agent', text: s.last, after: 10 + rand() * 60 })
  return turns
}

/** One scheduled contact of an at-risk customer. */
interface StoryContact {
  readonly at: number
  readonly customer: number
  readonly step: number
  readonly area: string
}

/**
 * The at-risk customers (a few percent, spread over the customer ids) and their three contacts,
 * four days apart, the last one in the past three weeks: customers at risk now. Their areas
 * follow the everyday traffic, so that they add up to no change of their own.
 */
function atRiskStories(customers: number, end: number): { ids: Map<number, number>; contacts: StoryContact[] } {
  const count = Math.round(customers * AT_RISK_SHARE)
  const areas = Object.entries(DEMO_AREAS).filter(([name]) => name !== INCIDENT_AREA)
  const total = areas.reduce((sum, [, a]) => sum + a.weight, 0)
  // A fixed low-discrepancy walk (golden ratio) over the areas' weights: the same areas on every run.
  const areaOf = (k: number): string => {
    let r = ((k * 0.618034) % 1) * total
    for (const [name, a] of areas) {
      r -= a.weight
      if (r < 0) return name
    }
    return (areas[0] as [string, DemoArea])[0]
  }
  const ids = new Map<number, number>()
  const contacts: StoryContact[] = []
  for (let k = 0; k < count; k++) {
    const customer = Math.floor(((k + 0.5) * customers) / count)
    const first = end - 9 * DAY - Math.floor((((k * 0.381966 + 0.1) % 1) * 21 * DAY) / HOUR) * HOUR
    ids.set(customer, first)
    const area = areaOf(k)
    for (let step = 0; step < 3; step++) contacts.push({ at: first + step * 4 * DAY, customer, step, area })
  }
  contacts.sort((a, b) => a.at - b.at)
  return { ids, contacts }
}

/**
 * Generates synthetic support conversations (they say so: source "demo", tag "synthetic") that
 * look like a support team's last six weeks: most customers ask questions or report small bugs and
 * leave with a thank-you, a few are urgent or angry, and a few percent ({@link AT_RISK_SHARE}) are
 * genuinely at risk (failed fixes over three contacts, then a churn threat). One planted product
 * problem: {@link INCIDENT_DAYS} days ago a release broke exports ("the export stops at 80%"),
 * which brings many more export contacts, most of them negative. Seeded and deterministic. Yields
 * batches of canonical messages, conversations in the order they started.
 */
export function* generateDemo(opts: DemoOptions): Generator<IncomingMessage[]> {
  const rand = createRng(opts.seed ?? 42)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const days = opts.days ?? 42
  const start = opts.end - days * DAY
  const incidentStart = opts.end - INCIDENT_DAYS * DAY
  const customers = Math.max(1, Math.round(opts.conversations / 1.7))
  const stories = atRiskStories(customers, opts.end)
  const reports = Math.min(Math.round(opts.conversations * INCIDENT_SHARE), Math.max(0, opts.conversations - stories.contacts.length))
  const ordinary = Math.max(0, opts.conversations - stories.contacts.length - reports)
  const areaWeights = Object.entries(DEMO_AREAS).map(([name, a]) => [name, a.weight] as const)
  let batch: IncomingMessage[] = []
  let story = 0
  let c = 0
  let r = 0
  // Evenly spread start times (everyday contacts over the history, incident reports over its
  // days), so conversations come in the order they started and the at-risk contacts slot in
  // between; no list of all of them is kept.
  const everydayAt = (i: number): number => (i < ordinary ? start + ((i + rand()) / ordinary) * days * DAY : Number.POSITIVE_INFINITY)
  const reportAt = (i: number): number => (i < reports ? incidentStart + ((i + rand()) / reports) * INCIDENT_DAYS * DAY : Number.POSITIVE_INFINITY)
  let nextEveryday = everydayAt(0)
  let nextReport = reportAt(0)
  while (c < ordinary || r < reports || story < stories.contacts.length) {
    const s = stories.contacts[story]
    let turns: Turn[]
    let area: string
    let cust: number
    let t0: number
    // Incident reports and at-risk contacts stay open: the team is still on them.
    let ongoing = true
    if (s !== undefined && s.at <= nextEveryday && s.at <= nextReport) {
      story++
      const a = DEMO_AREAS[s.area] as DemoArea
      t0 = s.at
      cust = s.customer
      area = s.area
      turns = atRiskContact(s.step, a.bug[s.customer % a.bug.length] as string, rand)
    } else {
      const isReport = nextReport < nextEveryday
      if (isReport) {
        r++
        t0 = nextReport
        nextReport = reportAt(r)
      } else {
        c++
        t0 = nextEveryday
        nextEveryday = everydayAt(c)
      }
      cust = Math.floor(rand() ** 1.2 * customers)
      // An at-risk customer's recent contacts are their story; anyone else may write meanwhile.
      const storyStart = stories.ids.get(cust)
      if (storyStart !== undefined && t0 > storyStart - DAY) cust = (cust + 1) % customers
      if (isReport) {
        area = INCIDENT_AREA
        turns = incident(rand, pick)
      } else {
        area = weighted(rand, areaWeights)
        ongoing = false
        turns = everyday(weighted(rand, KINDS), DEMO_AREAS[area] as DemoArea, rand, pick)
      }
    }
    const conversationId = `demo-${c + r + story - 1}`
    const seg = SEGMENTS[cust % SEGMENTS.length] as (typeof SEGMENTS)[number]
    const value = Math.round(seg.value[0] + (((cust * 7919) % 1000) / 1000) * (seg.value[1] - seg.value[0]))
    const agent = pick(AGENTS)
    const base = { conversationId, customerId: `demo-customer-${cust}`, source: 'demo', productArea: area, tags: ['synthetic', area], channel: pick(CHANNELS), customer: { segment: seg.segment, plan: seg.plan, value } }
    const msgs: IncomingMessage[] = []
    let t = t0
    for (const [i, turn] of turns.entries()) {
      t += turn.after * MINUTE
      const at = Math.round(t)
      // What has not happened yet by the demo's "now" is left out.
      if (at > opts.end) break
      const who = turn.role === 'customer' ? {} : { agentId: turn.role === 'bot' ? 'bot' : agent }
      msgs.push({ ...base, ...who, externalId: `${conversationId}-${i}`, role: turn.role, text: turn.text, createdAt: at, ...(turn.resolved === true ? { status: 'resolved' as const } : {}) })
    }
    // A conversation that went quiet days ago after an answer was closed by the team.
    const last = msgs[msgs.length - 1]
    if (last !== undefined && last.status === undefined && last.role !== 'customer' && opts.end - last.createdAt > 2 * DAY && !ongoing) msgs[msgs.length - 1] = { ...last, status: 'resolved' }
    batch.push(...msgs)
    if (batch.length >= 500) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}
