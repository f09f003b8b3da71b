import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import {
  type AuthorRole,
  type ConversationInput,
  type ConversationMessage,
  type CustomerProfile,
  type Reason,
  type ReplyPost,
  readConversation,
  readCustomer,
  rebuildThreads,
} from '@undertone/analysis'
import type { CueKind, Reader } from '@undertone/engine'
import { openSource, readLines } from '../io/read-lines.js'

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

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; error: string }

function parseObject(line: number, raw: string): Parsed {
  try {
    const v = JSON.parse(raw) as unknown
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return { ok: false, error: `line ${line}: expected a JSON object` }
    return { ok: true, value: v as Record<string, unknown> }
  } catch (err) {
    return { ok: false, error: `line ${line}: not valid JSON (${(err as Error).message})` }
  }
}

function fromJsonl(line: number, o: Record<string, unknown>): RawMessage | string {
  const conversationId = idOf(o.conversation_id)
  const role = o.role
  const text = o.text
  if (conversationId === undefined) return `line ${line}: "conversation_id" is missing`
  if (typeof role !== 'string' || !ROLES.has(role)) return `line ${line}: "role" must be customer, agent, bot or system`
  if (typeof text !== 'string') return `line ${line}: "text" must be a string`
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
    at: timeOf(o.created_at),
    text,
    ...(profile === undefined ? {} : { profile }),
    ...(status === undefined ? {} : { status }),
  }
}

interface TwcsPost extends ReplyPost {
  readonly text: string
}

function fromTwcs(line: number, o: Record<string, unknown>): TwcsPost | string {
  const id = idOf(o.tweet_id) ?? idOf(o.id)
  const authorId = idOf(o.author_id)
  const at = timeOf(o.created_at)
  if (id === undefined) return `line ${line}: "tweet_id" is missing`
  if (authorId === undefined) return `line ${line}: "author_id" is missing`
  if (typeof o.text !== 'string') return `line ${line}: "text" must be a string`
  if (at === undefined) return `line ${line}: "created_at" is not a date`
  const inbound = o.inbound === true || o.inbound === 'True' || o.inbound === 'true'
  const inReplyTo = idOf(o.in_response_to_tweet_id)
  return inReplyTo === undefined ? { id, authorId, inbound, at, text: o.text } : { id, authorId, inbound, at, text: o.text, inReplyTo }
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once('drain', resolve))
}

const iso = (t: number): string => new Date(t).toISOString()
const reasonsOut = (rs: readonly Reason[]): { code: string; weight: number; detail: string }[] => rs.map((r) => ({ code: r.code, weight: r.weight, detail: r.detail }))

/**
 * Reads threaded messages (JSONL, or the Twitter customer-support layout with threads rebuilt from
 * the reply graph), reads every message, and writes one JSON line per conversation and then one per
 * customer. The whole input is held in memory, grouped by conversation. Returns the number of bad lines.
 */
export async function runConverse(reader: Reader, opts: ConverseOptions): Promise<{ conversations: number; customers: number; failed: number }> {
  const out: Writable = opts.out === undefined || opts.out === '-' ? process.stdout : createWriteStream(opts.out)
  const errors: string[] = []
  const raw: RawMessage[] = []
  const posts: TwcsPost[] = []
  for await (const { line, text } of readLines(await openSource(opts.in))) {
    if (text.trim() === '') continue
    const p = parseObject(line, text)
    if (!p.ok) {
      errors.push(p.error)
      continue
    }
    const m = opts.format === 'twcs' ? fromTwcs(line, p.value) : fromJsonl(line, p.value)
    if (typeof m === 'string') errors.push(m)
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
  const now = opts.now !== undefined ? Date.parse(opts.now) : Number.isFinite(latest) ? latest : 0
  const context = opts.domain === undefined ? {} : { domain: opts.domain }

  // Read customer messages with the customer's earlier messages as context (repeat contact, escalation).
  const earlier = new Map<string, string[]>()
  const conversations: ConversationInput[] = []
  const profiles = new Map<string, CustomerProfile>()
  const ordered = [...byConversation.entries()].sort((a, b) => firstAt(a[1]) - firstAt(b[1]) || (a[0] < b[0] ? -1 : 1))
  for (const [conversationId, msgs] of ordered) {
    msgs.sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.line - b.line)
    const customerId = msgs.find((m) => m.customerId !== undefined)?.customerId
    const messages: ConversationMessage[] = msgs.map((m) => {
      const base = m.at === undefined ? { id: m.id, role: m.role } : { id: m.id, role: m.role, at: m.at }
      if (m.role !== 'customer') return base
      const key = customerId ?? conversationId
      const previous = earlier.get(key) ?? []
      const r = reader.read(m.text, { ...context, previous: previous.slice(-5) })
      previous.push(m.text)
      earlier.set(key, previous)
      return { ...base, reading: { score: r.sentiment.score, label: r.sentiment.label, emotions: r.emotions, intensity: r.intensity, cues: r.cues.map((c) => c.kind as CueKind) } }
    })
    const profile = msgs.find((m) => m.profile !== undefined)?.profile
    if (customerId !== undefined && profile !== undefined) profiles.set(customerId, profile)
    const status = [...msgs].reverse().find((m) => m.status !== undefined)?.status
    conversations.push({ id: conversationId, messages, ...(customerId === undefined ? {} : { customerId }), ...(status === undefined ? {} : { status }) })
  }
  for (const c of conversations) {
    const r = readConversation(c, now)
    await write(out, `${JSON.stringify({
      type: 'conversation',
      conversation_id: r.id,
      customer_id: r.customerId,
      arc: r.arc.map((p) => ({ at: iso(p.at), score: p.score, label: p.label })),
      trend: r.trend.direction,
      escalate: r.escalate,
      escalation: r.escalation,
      reasons: reasonsOut(r.reasons),
      handoff: r.handoff,
      resolutionDelta: r.resolutionDelta,
      resolvedButUnhappy: r.resolvedButUnhappy,
      waitMinutes: r.waitMinutes,
      repairs: r.repairs.map((x) => x.code),
    })}\n`)
  }
  const byCustomer = new Map<string, ConversationInput[]>()
  for (const c of conversations) {
    if (c.customerId === undefined) continue
    const list = byCustomer.get(c.customerId) ?? []
    list.push(c)
    byCustomer.set(c.customerId, list)
  }
  for (const [customerId, convs] of byCustomer) {
    const profile = profiles.get(customerId)
    const r = readCustomer(profile === undefined ? { customerId, conversations: convs } : { customerId, conversations: convs, profile }, now)
    await write(out, `${JSON.stringify({
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
  for (const e of errors) await write(out, `${JSON.stringify({ type: 'error', error: { code: 'UT_E_BAD_ROW', message: e } })}\n`)
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve))
  return { conversations: conversations.length, customers: byCustomer.size, failed: errors.length }
}

function firstAt(msgs: readonly RawMessage[]): number {
  let t = Number.POSITIVE_INFINITY
  for (const m of msgs) if (m.at !== undefined && m.at < t) t = m.at
  return Number.isFinite(t) ? t : 0
}
