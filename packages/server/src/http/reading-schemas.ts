import { z } from '@hono/zod-openapi'
import { EMOTIONS } from '@undertone/engine'
import { ReasonSchema } from './contract.js'

// The readings as the API answers them (snake_case, see wire.ts): a stored message reading, a
// reader's full reading (`POST /v1/score`), a timeline message, and the conversation and customer
// readings the analysis keeps. Maps keyed by data (emotion names, labels) are `z.record`s.

const LabelSchema = z.enum(['negative', 'neutral', 'positive'])

/** Emotion name → 0..1; its keys are emotion names, kept as they are. */
const EmotionsSchema = z.record(z.string(), z.number()).openapi({ description: 'Emotion name → 0..1 (frustration, anger, confusion, urgency, satisfaction, gratitude, disappointment, sarcasm)' })

/** A cue as stored with a reading: kind, UTF-16 span, whether the emotion was stated, and its pull on sentiment. */
export const StoredCueSchema = z
  .object({
    kind: z.string(),
    start: z.number(),
    end: z.number(),
    explicit: z.boolean(),
    weight: z.number(),
    count: z.number().int().optional().openapi({ description: 'On a repeat-contact cue that counts: the contacts the customer says this one is ("my fourth time contacting you" 4)' }),
  })
  .openapi('StoredCue')

/** A message's reading as stored (a subset of the reader's full reading). */
export const MessageReadingSchema = z
  .object({
    message_id: z.string(),
    conversation_id: z.string(),
    model_version: z.string(),
    label: LabelSchema,
    score: z.number().openapi({ description: 'P(positive) − P(negative), -1..1' }),
    confidence: z.number(),
    emotions: EmotionsSchema,
    intensity: z.number(),
    cues: z.array(StoredCueSchema),
    needs_review: z.boolean(),
    language: z.string(),
    read_at: z.number(),
  })
  .openapi('MessageReading')

/** One message of a `POST /v1/messages` batch as answered: the caller's ids and ours, whether it was new, and (with `?wait=true`) its reading. */
export const BatchMessageSchema = z
  .object({
    external_id: z.string().openapi({ description: 'The id the request gave the message' }),
    id: z.string().nullable().openapi({ description: 'Our id for the message; null only for a duplicate whose stored copy was erased while the request ran' }),
    conversation_external_id: z.string().openapi({ description: 'The conversation id the request gave' }),
    conversation_id: z.string().nullable().openapi({ description: 'Our id for the conversation the message is stored in (for a duplicate, that of its stored copy; null as `id` is)' }),
    customer_external_id: z.string().openapi({ description: 'The customer id the request gave' }),
    status: z.enum(['stored', 'duplicate']).openapi({ description: '"duplicate": the message (same source and external id) was stored before, or earlier in this batch, and is not stored twice' }),
    reading: MessageReadingSchema.nullable()
      .optional()
      .openapi({ description: 'With ?wait=true: the message’s reading (a duplicate’s stored one), or null for a message that is not read (agent, bot and system messages, internal notes)' }),
  })
  .openapi('BatchMessage')

/** A message of a conversation's timeline, with its reading (customer messages). */
export const TimelineMessageSchema = z
  .object({
    id: z.string(),
    external_id: z.string(),
    role: z.enum(['customer', 'agent', 'bot', 'system']),
    internal: z.boolean(),
    text: z.string(),
    created_at: z.number(),
    agent_id: z.string().optional(),
    reading: MessageReadingSchema.optional(),
  })
  .openapi('TimelineMessage')

/** The reader's full reading of one text (`POST /v1/score`). */
export const ScoreReadingSchema = z
  .object({
    text: z.string().openapi({ description: 'The text as read: redacted by the workspace’s privacy settings; cue spans point into it' }),
    sentiment: z.object({ label: LabelSchema, score: z.number(), confidence: z.number(), probabilities: z.record(z.string(), z.number()).openapi({ description: 'Label → probability' }) }),
    emotions: EmotionsSchema,
    intensity: z.number(),
    cues: z.array(StoredCueSchema.extend({ text: z.string(), emotion: z.string().optional() })),
    needs_review: z.boolean(),
    review_reasons: z.array(z.string()),
    language: z.string(),
    language_supported: z.boolean(),
    ignored: z.array(z.object({ kind: z.enum(['quote', 'signature']), start: z.number(), end: z.number() })),
    sentences: z.number(),
    domain: z.string(),
    model_version: z.string(),
    sarcastic: z.boolean(),
    goemotions: z.record(z.string(), z.number()).optional(),
    goemotions_labels: z.array(z.string()).optional(),
    explanations: z.partialRecord(z.enum(EMOTIONS), z.object({ cues: z.array(z.string()), terms: z.array(z.string()) })).optional(),
    adaptation: z
      .object({ version: z.string(), neighbours: z.array(z.object({ id: z.string(), similarity: z.number(), label: LabelSchema.optional() })), base_label: LabelSchema })
      .optional()
      .openapi({ description: 'Why the workspace’s adaptation read it differently from the base model: its version, the corrected messages this one resembles, the base label' }),
  })
  .openapi('ScoreReading')

const TrendDirectionSchema = z.enum(['improving', 'stable', 'deteriorating'])

/** What a conversation says as a whole: arc, trend, escalation with reasons, handoff, waiting. */
export const ConversationReadingSchema = z
  .object({
    id: z.string(),
    customer_id: z.string().optional(),
    arc: z.array(z.object({ message_id: z.string(), at: z.number(), score: z.number(), label: LabelSchema, replies_before: z.number() })),
    trend: z.object({ direction: TrendDirectionSchema, slope: z.number(), drop: z.number(), change_point: z.object({ index: z.number(), before: z.number(), after: z.number() }).optional() }),
    resolution_delta: z.number(),
    resolved_but_unhappy: z.boolean(),
    escalation: z.number(),
    escalate: z.boolean(),
    reasons: z.array(ReasonSchema),
    handoff: z.boolean(),
    handoff_reasons: z.array(ReasonSchema),
    urgency: z.number(),
    ended_satisfied: z.boolean(),
    waiting_since: z.number().optional(),
    wait_minutes: z.number(),
    sla_minutes: z.number(),
    repairs: z.array(z.object({ code: z.string(), message_id: z.string().optional(), detail: z.string() })),
    stated_contacts: z.number().int().optional().openapi({ description: 'The most contacts the customer said this conversation is ("This is my fourth time contacting you" 4)' }),
    problem_keys: z.array(z.string()).optional().openapi({ description: 'What the customer named the problem by, as hashes (reference numbers, distinctive words; no text): contacts sharing a reference or two words are one problem' }),
  })
  .openapi('ConversationReading')

/** A customer read across their conversations: health, churn risk with reasons, contacts, the alert decision. */
export const CustomerReadingSchema = z
  .object({
    customer_id: z.string(),
    health: z.number().openapi({ description: "0..1, read against the customer's language (`language_shift`, part of it) and their own usual level (`usual_health`); docs/analysis.md" }),
    language: z.string().optional().openapi({ description: 'The language the customer mostly writes' }),
    // Optional: customer readings stored before the culture-aware health have neither.
    language_shift: z.number().optional().openapi({ description: "How far this customer's language usually leans in the workspace (score units), before `customer.language_share`" }),
    usual_health: z.number().optional().openapi({ description: 'Health of the customer\'s conversations before the latest one, when there were at least three messages' }),
    trend: TrendDirectionSchema,
    churn_risk: z.number(),
    weighted_risk: z.number(),
    reasons: z.array(ReasonSchema),
    repeat_contacts: z.number(),
    interactions: z.array(z.object({ conversation_id: z.string(), at: z.number(), score: z.number(), escalation: z.number(), subject: z.string().optional(), says_back: z.boolean().optional(), stated_contacts: z.number().int().optional(), opens_unhappy: z.boolean().optional(), left_unresolved: z.boolean().optional(), problem_keys: z.array(z.string()).optional() })),
    alert: z.object({
      alert: z.boolean(),
      outcome: z.enum(['raised', 'worse', 'cooldown-elapsed', 'held', 'cleared', 'quiet']),
      state: z.object({ active: z.boolean(), last_alert_at: z.number().optional(), last_risk: z.number().optional() }),
    }),
  })
  .openapi('CustomerReading')
