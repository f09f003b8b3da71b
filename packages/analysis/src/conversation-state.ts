/**
 * A stored conversation's analysis state, so a new message is read into it without its history
 * being read again. The state is the fold of every message up to a checkpoint, plus the latest
 * messages (the tail) kept as they are: a message that arrives late but still inside the tail is
 * merged where it belongs and the tail folded again; anything earlier asks for a rebuild from the
 * stored messages. Either way the reading is the fold of all the messages in conversation order,
 * the same as `readConversation` over the whole history.
 */
import type { CueKind, SentimentLabel } from '@undertone/engine'
import type { AnalysisConfig } from './analysis-config.js'
import { type ConversationFold, copyConversationFold, emptyConversationFold, foldMessage } from './conversation-fold.js'
import type { AuthorRole, MessageReading } from './conversation-input.js'
import { compareMessages } from './normalize-conversation.js'
import { CONTEXT_MESSAGES } from './reading-context.js'
import { readsLanguage } from './to-message-reading.js'

/** What the state keeps of a reading: what the analysis and the analytics facts use. */
export interface StateReading {
  readonly score: number
  readonly label: SentimentLabel
  readonly emotions: Readonly<Record<string, number>>
  readonly intensity: number
  /** Cue kinds. */
  readonly cues: readonly string[]
  readonly language: string
  /** The contacts the customer says this one is, if they say (see `MessageReading`). */
  readonly statedContacts?: number
  /** What the message names its problem by, hashed (see `MessageReading`). */
  readonly problemKeys?: readonly string[]
}

/** A message as the state keeps it: no text, internal notes never. */
export interface StateMessage {
  readonly id: string
  readonly role: AuthorRole
  readonly at: number
  readonly agentId?: string
  /** Customer messages once read. */
  readonly reading?: StateReading
}

/** The analytics facts of the messages folded so far (the conversation-level ones come from the reading). */
export interface FactsFold {
  firstAt?: number
  lastAt?: number
  firstCustomerAt?: number
  /** The language of the first customer message, once it is read (undefined while it is not). */
  firstCustomerLanguage?: string
  firstResponseAt?: number
  /** Replies that came later than the SLA after the customer started waiting. */
  slaBreached: boolean
  waitingSince?: number
  lastAgentId?: string
  maxUrgency: number
  humanRequested: boolean
}

/** The stored state of one conversation. */
export interface ConversationState {
  readonly version: typeof STATE_VERSION
  /** The settings it was folded under (see {@link stateFingerprint}); other settings need a rebuild. */
  readonly fingerprint: string
  readonly fold: ConversationFold
  readonly facts: FactsFold
  /** The last message folded into the checkpoint; nothing at or before it can be merged. */
  readonly through?: StateMessage
  /** Ids of the last customer messages up to the checkpoint (their texts are a new message's reading context). */
  readonly recentCustomer: readonly string[]
  /** Messages after the checkpoint, in conversation order. */
  readonly tail: readonly StateMessage[]
}

/** The state format; a stored state of another version is rebuilt. */
export const STATE_VERSION = 3

/** Messages kept unfolded at the end of a conversation: how late a message may arrive and still be merged. */
export const STATE_TAIL = 8

/**
 * The emotions the fold reads (strain, mood, urgency, handoff): the state keeps only these, which
 * halves its size and changes nothing it computes.
 */
const FOLDED_EMOTIONS = ['frustration', 'anger', 'disappointment', 'urgency', 'confusion'] as const

/** A message as the state keeps it: its reading without the emotions no fold reads. */
function slim(m: StateMessage): StateMessage {
  const r = m.reading
  if (r === undefined) return m
  const emotions: Record<string, number> = {}
  for (const e of FOLDED_EMOTIONS) if (r.emotions[e] !== undefined) emotions[e] = r.emotions[e]
  return { ...m, reading: { ...r, emotions } }
}


/**
 * Everything that changes what a fold computes: the analysis settings and the reader's languages.
 * A short FNV-1a hash of them; a stored state with another fingerprint is rebuilt.
 */
export function stateFingerprint(config: AnalysisConfig, languages: readonly string[] | undefined): string {
  const text = JSON.stringify([config, languages ?? null])
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return `${STATE_VERSION}:${(h >>> 0).toString(36)}:${text.length}`
}

function emptyFacts(): FactsFold {
  return { slaBreached: false, maxUrgency: 0, humanRequested: false }
}

/** The state of a conversation from all its (non-internal) messages as stored, all in the tail: compact it ({@link compactState}) before storing it. */
export function stateFromMessages(messages: readonly StateMessage[], fingerprint: string): ConversationState {
  const byId = new Map<string, StateMessage>()
  // Duplicate ids keep the earliest copy, as normalizeConversation does.
  for (const m of [...messages].sort(compareMessages)) if (!byId.has(m.id)) byId.set(m.id, slim(m))
  return { version: STATE_VERSION, fingerprint, fold: emptyConversationFold(), facts: emptyFacts(), recentCustomer: [], tail: [...byId.values()] }
}

/**
 * Merges newly stored or newly read messages into the tail (a message already there is replaced).
 * Undefined when any of them belongs at or before the checkpoint: then rebuild with
 * {@link stateFromMessages}.
 */
export function mergeIntoState(state: ConversationState, incoming: readonly StateMessage[]): ConversationState | undefined {
  const through = state.through
  if (through !== undefined && incoming.some((m) => compareMessages(m, through) <= 0)) return undefined
  const ids = new Set(incoming.map((m) => m.id))
  const tail = [...state.tail.filter((m) => !ids.has(m.id)), ...incoming.map(slim)].sort(compareMessages)
  return { ...state, tail }
}

/**
 * Folds the oldest tail messages into the checkpoint until at most {@link STATE_TAIL} are left,
 * stopping at a customer message not read yet (its reading is still to come and will be merged).
 */
export function compactState(state: ConversationState, config: AnalysisConfig, languages: readonly string[] | undefined, keep = STATE_TAIL): ConversationState {
  const excess = state.tail.length - keep
  if (excess <= 0) return state
  let n = 0
  while (n < excess && !(state.tail[n]?.role === 'customer' && state.tail[n]?.reading === undefined)) n++
  if (n === 0) return state
  const fold = copyConversationFold(state.fold)
  const facts = { ...state.facts }
  const recent = [...state.recentCustomer]
  for (const m of state.tail.slice(0, n)) {
    foldMessage(fold, toTimed(m, languages), config)
    foldFacts(facts, m, config)
    if (m.role === 'customer') recent.push(m.id)
  }
  return { ...state, fold, facts, through: state.tail[n - 1] as StateMessage, recentCustomer: recent.slice(-CONTEXT_MESSAGES), tail: state.tail.slice(n) }
}

/** The state brought up to date: the checkpoint with the tail folded in, and what each tail message saw. */
export interface CurrentState {
  readonly fold: ConversationFold
  readonly facts: FactsFold
  /** For each customer message of the tail, the agent who last wrote before it. */
  readonly agentBefore: ReadonlyMap<string, string | undefined>
}

/** Folds the tail into a copy of the checkpoint. Does not change `state`. */
export function currentState(state: ConversationState, config: AnalysisConfig, languages: readonly string[] | undefined): CurrentState {
  const fold = copyConversationFold(state.fold)
  const facts = { ...state.facts }
  const agentBefore = new Map<string, string | undefined>()
  for (const m of state.tail) {
    if (m.role === 'customer') agentBefore.set(m.id, facts.lastAgentId)
    foldMessage(fold, toTimed(m, languages), config)
    foldFacts(facts, m, config)
  }
  return { fold, facts, agentBefore }
}

function toTimed(m: StateMessage, languages: readonly string[] | undefined): { id: string; role: AuthorRole; at: number; reading?: MessageReading } {
  const r = m.reading
  if (r === undefined) return { id: m.id, role: m.role, at: m.at }
  return { id: m.id, role: m.role, at: m.at, reading: { score: r.score, label: r.label, emotions: r.emotions, intensity: r.intensity, cues: r.cues as CueKind[], languageSupported: readsLanguage(r.language, languages), ...(r.statedContacts === undefined ? {} : { statedContacts: r.statedContacts }), ...(r.problemKeys === undefined ? {} : { problemKeys: r.problemKeys }) } }
}

/** The facts part of the fold: first and last times, the first reply, SLA breaches between replies, the last agent, urgency and asks for a person. */
function foldFacts(f: FactsFold, m: StateMessage, config: AnalysisConfig): void {
  const slaMs = config.sla.replyMinutes * 60_000
  f.firstAt ??= m.at
  f.lastAt = m.at
  if (m.agentId !== undefined) f.lastAgentId = m.agentId
  if (m.role === 'customer') {
    if (f.firstCustomerAt === undefined) {
      f.firstCustomerAt = m.at
      if (m.reading !== undefined) f.firstCustomerLanguage = m.reading.language
    }
    f.waitingSince ??= m.at
    if (m.reading !== undefined) {
      f.maxUrgency = Math.max(f.maxUrgency, m.reading.emotions.urgency ?? 0)
      if (m.reading.cues.includes('human-request')) f.humanRequested = true
    }
  } else if (m.role === 'agent' || m.role === 'bot') {
    if (f.firstCustomerAt !== undefined) f.firstResponseAt ??= m.at
    if (f.waitingSince !== undefined) {
      if (m.at - f.waitingSince > slaMs) f.slaBreached = true
      delete f.waitingSince
    }
  }
}

/** For each customer message of the tail, the ids of the customer messages just before it (at most CONTEXT_MESSAGES), oldest first: its reading context. */
export function customerMessagesBefore(state: ConversationState): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>()
  let recent = [...state.recentCustomer]
  for (const m of state.tail) {
    if (m.role !== 'customer') continue
    out.set(m.id, recent)
    recent = [...recent, m.id].slice(-CONTEXT_MESSAGES)
  }
  return out
}

/** A stored state if it is one this code and these settings can fold into; undefined when it must be rebuilt. */
export function usableState(stored: unknown, fingerprint: string): ConversationState | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  const s = stored as Partial<ConversationState>
  return s.version === STATE_VERSION && s.fingerprint === fingerprint && Array.isArray(s.tail) ? (s as ConversationState) : undefined
}
