import {
  type AuthorRole,
  type ConversationInput,
  type ConversationMessage,
  type CustomerProfile,
  type Reason,
  type ReplyPost,
  languageShifts,
  readConversation,
  readCustomer,
  readingContext,
  rebuildThreads,
  toMessageReading,
} from '@undertone/analysis'
import type { Reader } from '@undertone/engine'
import { CliError } from '../cli-error.js'
import { openSink } from '../io/open-sink.js'
import { openSource, readLines } from '../io/read-lines.js'
import { checkDomain } from './check-domain.js'

/** Options of `undertone converse`. */
export interface ConverseOptions {
  readonly in?: string
  readonly out?: string
  readonly format: 'jsonl' | 'twcs'
  /** ISO time to read "now" as; default: the latest message time in the input. */
  readonly now?: string
  readonly domain?: string
}

interface RawMessage {
  readonly line: number
  readonly id: string
  readonly conversationId: string
  readonly customerId: string | undefined
  readonly role: AuthorRole
  readonly at: number | undefined
  readonly text: string
  readonly profile?: CustomerProfile
  readonly status?: ConversationInput['status']
  /** The conversation's product area, as the server keeps it: contacts about others are not repeats. */
  readonly subject?: string
}

const ROLES = new Set(['customer', 'agent', 'bot', 'system'])
const STATUSES = new Set(['open', 'pending', 'resolved', 'closed'])

function idOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(Math.trunc(v))
  if (typeof v === 'string' && v.trim() !== '') return v.trim().replace(/\.0$/, '')
  return undefined
}

function timeOf(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v > 1e12 ? v : v * 1000
  if (typeof v !== 'string') return undefined
  const t = Date.parse(v)
  return Number.isFinite(t) ? t : undefined
}

/** An input line that was not read, as its error output line says it. */
interface BadLine {
  readonly line: number
  readonly error: { readonly code: 'UT_E_BAD_JSON' | 'UT_E_BAD_ROW' | 'UT_E_BAD_FIELD'; readonly message: string; readonly field?: string }
}

const badField = (line: number, field: string, problem: string): BadLine => ({ line, error: { code: 'UT_E_BAD_FIELD', message: `line ${line}: "${field}" ${problem}`, field } })

function parseObject(line: number, raw: string): Record<string, unknown> | BadLine {
  let v: unknown
  try {
    v = JSON.parse(raw)
  } catch (err) {
    return { line, error: { code: 'UT_E_BAD_JSON', message: `line ${line}: not valid JSON (${(err as Error).message})` } }
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return { line, error: { code: 'UT_E_BAD_ROW', message: `line ${line}: expected a JSON object` } }
  return v as Record<string, unknown>
}

const isBad = (v: object): v is BadLine => 'error' in v && typeof (v as { line?: unknown }).line === 'number'

function fromJsonl(line: number, o: Record<string, unknown>): RawMessage | BadLine {
  const conversationId = idOf(o.conversation_id)
  const role = o.role
  const text = o.text
  if (conversationId === undefined) return badField(line, 'conversation_id', 'is missing')
  if (typeof role !== 'string' || !ROLES.has(role)) return badField(line, 'role', 'must be customer, agent, bot or system')
  if (typeof text !== 'string') return badField(line, 'text', 'must be a string')
  // Absent, the time is unknown; present, it must be a time (Date.parse of nonsense would plot at 1970).
  const at = o.created_at === undefined || o.created_at === null ? undefined : timeOf(o.created_at)
  if (at === undefined && o.created_at !== undefined && o.created_at !== null) return badField(line, 'created_at', `is not a date (${JSON.stringify(o.created_at)})`)
  const customer = o.customer as Record<string, unknown> | undefined
  const profile: CustomerProfile | undefined =
    customer !== null && typeof customer === 'object'
      ? { ...(typeof customer.segment === 'string' ? { segment: customer.segment } : {}), ...(typeof customer.plan === 'string' ? { plan: customer.plan } : {}), ...(typeof customer.value === 'number' ? { value: customer.value } : {}) }
      : undefined
  const status = typeof o.status === 'string' && STATUSES.has(o.status) ? (o.status as ConversationInput['status']) : undefined
  return {
    line,
    id: idOf(o.id) ?? idOf(o.message_id) ?? `${conversationId}#${line}`,
    conversationId,
    customerId: idOf(o.customer_id),
    role: role as AuthorRole,
    at,
    text,
    ...(profile === undefined ? {} : { profile }),
    ...(status === undefined ? {} : { status }),
    ...(typeof o.product_area === 'string' && o.product_area !== '' ? { subject: o.product_area } : {}),
  }
}

interface TwcsPost extends ReplyPost {
  readonly text: string
}

function fromTwcs(line: number, o: Record<string, unknown>): TwcsPost | BadLine {
  const id = idOf(o.tweet_id) ?? idOf(o.id)
  const authorId = idOf(o.author_id)
  const at = timeOf(o.created_at)
  if (id === undefined) return badField(line, 'tweet_id', 'is missing')
  if (authorId === undefined) return badField(line, 'author_id', 'is missing')
  if (typeof o.text !== 'string') return badField(line, 'text', 'must be a string')
  if (at === undefined) return badField(line, 'created_at', `is not a date (${JSON.stringify(o.created_at)})`)
  const inbound = o.inbound === true || o.inbound === 'True' || o.inbound === 'true'
  const inReplyTo = idOf(o.in_response_to_tweet_id)
  return inReplyTo === undefined ? { id, authorId, inbound, at, text: o.text } : { id, authorId, inbound, at, text: o.text, inReplyTo }
}

const iso = (t: number): string => new Date(t).toISOString()
const reasonsOut = (rs: readonly Reason[]): { code: string; weight: number; detail: string }[] => rs.map((r) => ({ code: r.code, weight: r.weight, detail: r.detail }))

/**
 * Reads threaded messages (JSONL, or the Twitter customer-support layout with threads rebuilt from
 * the reply graph), reads every message, and writes one JSON line per conversation and then one per
 * customer, then one error line (`{"type":"error","line","error":{"code","message","field"?}}`) per
 * line it could not read. The whole input is held in memory, grouped by conversation. Returns the
 * number of bad lines; an unreadable input or a bad option throws a {@link CliError} before any output.
 */
export async function runConverse(reader: Reader, opts: ConverseOptions): Promise<{ conversations: number; customers: number; failed: number }> {
  checkDomain(reader, opts.domain)
  const fixedNow = opts.now === undefined ? undefined : Date.parse(opts.now)
  if (fixedNow !== undefined && !Number.isFinite(fixedNow)) throw new CliError('UT_E_BAD_OPTION', `--now must be an ISO date, got "${opts.now}"`)
  const source = await openSource(opts.in)
  const out = await openSink(opts.out)
  const errors: BadLine[] = []
  const raw: RawMessage[] = []
  const posts: TwcsPost[] = []
  for await (const { line, text } of readLines(source)) {
    if (text.trim() === '') continue
    const p = parseObject(line, text)
    if (isBad(p)) {
      errors.push(p)
      continue
    }
    const m = opts.format === 'twcs' ? fromTwcs(line, p) : fromJsonl(line, p)
    if (isBad(m)) errors.push(m)
    else if (opts.format === 'twcs') posts.push(m as TwcsPost)
    else raw.push(m as RawMessage)
  }
  if (opts.format === 'twcs') {
    for (const t of rebuildThreads(posts)) {
      for (const post of t.posts as TwcsPost[]) {
        raw.push({ line: 0, id: post.id, conversationId: t.id, customerId: t.customerId, role: post.inbound ? 'customer' : 'agent', at: post.at, text: post.text })
      }
    }
  }
  const byConversation = new Map<string, RawMessage[]>()
  for (const m of raw) {
    const list = byConversation.get(m.conversationId) ?? []
    list.push(m)
    byConversation.set(m.conversationId, list)
  }
  let latest = Number.NEGATIVE_INFINITY
  for (const m of raw) if (m.at !== undefined) latest = Math.max(latest, m.at)
  const now = fixedNow ?? (Number.isFinite(latest) ? latest : 0)
  const context = opts.domain === undefined ? {} : { domain: opts.domain }

  // Each customer message is read with the context the server gives it (readingContext), and its
  // reading converted the way the server converts a stored one, so both give the same answers.
  const conversations: ConversationInput[] = []
  const profiles = new Map<string, CustomerProfile>()
  const ordered = [...byConversation.entries()].sort((a, b) => firstAt(a[1]) - firstAt(b[1]) || (a[0] < b[0] ? -1 : 1))
  for (const [conversationId, msgs] of ordered) {
    msgs.sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.line - b.line)
    const customerId = msgs.find((m) => m.customerId !== undefined)?.customerId
    const messages: ConversationMessage[] = msgs.map((m, i) => {
      const base = m.at === undefined ? { id: m.id, role: m.role } : { id: m.id, role: m.role, at: m.at }
      if (m.role !== 'customer') return base
      const r = reader.read(m.text, { ...context, previous: readingContext(msgs, i) })
      return { ...base, reading: toMessageReading({ ...r.sentiment, emotions: r.emotions, intensity: r.intensity, cues: r.cues, language: r.language }, reader.languages, m.text) }
    })
    const profile = msgs.find((m) => m.profile !== undefined)?.profile
    if (customerId !== undefined && profile !== undefined) profiles.set(customerId, profile)
    const status = [...msgs].reverse().find((m) => m.status !== undefined)?.status
    const subject = msgs.find((m) => m.subject !== undefined)?.subject
    conversations.push({ id: conversationId, messages, ...(customerId === undefined ? {} : { customerId }), ...(status === undefined ? {} : { status }), ...(subject === undefined ? {} : { subject }) })
  }
  // Each language's usual lean, as the server measures it: opening scores of the last 90 days' conversations.
  const moodSums = new Map<string, { language: string; n: number; scoreSum: number }>()
  for (const c of conversations) {
    const r = readConversation(c, now)
    const open = r.arc[0]
    const language = [...c.messages].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)).find((m) => m.role === 'customer' && m.internal !== true && m.reading !== undefined)?.reading?.language
    if (open !== undefined && language !== undefined && language !== 'und' && now - open.at <= 90 * 86_400_000) {
      const sum = moodSums.get(language) ?? { language, n: 0, scoreSum: 0 }
      sum.n++
      sum.scoreSum += open.score
      moodSums.set(language, sum)
    }
    await out.write(`${JSON.stringify({
      type: 'conversation',
      conversation_id: r.id,
      customer_id: r.customerId,
      arc: r.arc.map((p) => ({ at: iso(p.at), score: p.score, label: p.label })),
      trend: r.trend.direction,
      escalate: r.escalate,
      escalation: r.escalation,
      urgency: r.urgency,
      reasons: reasonsOut(r.reasons),
      handoff: r.handoff,
      resolutionDelta: r.resolutionDelta,
      resolvedButUnhappy: r.resolvedButUnhappy,
      waitMinutes: r.waitMinutes,
      repairs: r.repairs.map((x) => x.code),
      ...(r.statedContacts === undefined ? {} : { statedContacts: r.statedContacts }),
    })}\n`)
  }
  const shifts = languageShifts([...moodSums.values()])
  const byCustomer = new Map<string, ConversationInput[]>()
  for (const c of conversations) {
    if (c.customerId === undefined) continue
    const list = byCustomer.get(c.customerId) ?? []
    list.push(c)
    byCustomer.set(c.customerId, list)
  }
  for (const [customerId, convs] of byCustomer) {
    const profile = profiles.get(customerId)
    const r = readCustomer({ customerId, conversations: convs, languageShifts: shifts, ...(profile === undefined ? {} : { profile }) }, now)
    await out.write(`${JSON.stringify({
      type: 'customer',
      customer_id: customerId,
      health: r.health,
      trend: r.trend,
      churnRisk: r.churnRisk,
      weightedRisk: r.weightedRisk,
      alert: r.alert.alert,
      repeatContacts: r.repeatContacts,
      reasons: reasonsOut(r.reasons),
    })}\n`)
  }
  for (const e of errors) await out.write(`${JSON.stringify({ type: 'error', ...e })}\n`)
  await out.close()
  return { conversations: conversations.length, customers: byCustomer.size, failed: errors.length }
}

function firstAt(msgs: readonly RawMessage[]): number {
  let t = Number.POSITIVE_INFINITY
  for (const m of msgs) if (m.at !== undefined && m.at < t) t = m.at
  return Number.isFinite(t) ? t : 0
}
