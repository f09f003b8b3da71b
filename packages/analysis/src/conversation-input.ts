import type { CueKind, Emotion, SentimentLabel } from '@undertone/engine'

/** Who wrote a message. */
export type AuthorRole = 'customer' | 'agent' | 'bot' | 'system'

/**
 * The parts of a message's reading that conversation analysis uses: a subset of the engine's
 * `Reading`, so stored readings are enough and the analysis never needs the text.
 */
export interface MessageReading {
  readonly score: number
  readonly label: SentimentLabel
  readonly emotions?: Partial<Record<Emotion, number>>
  readonly intensity?: number
  /** Cue kinds found in the message (e.g. 'human-request', 'churn-threat', 'repeat-contact'). */
  readonly cues?: readonly CueKind[]
  /**
   * False when the reader does not read the message's language: the reading is a placeholder, so
   * the message stays out of trends, escalation and urgency (it is still flagged for review).
   */
  readonly languageSupported?: boolean
  /** The language it was read as (ISO 639-1, or 'und'): the customer's language for a culture-aware health. */
  readonly language?: string
  /** The contacts the customer says this one is ("This is my fourth time contacting you" 4), if they say. */
  readonly statedContacts?: number
  /** What the message names its problem by, hashed ({@link problemKeys}): references and distinctive words. */
  readonly problemKeys?: readonly string[]
}

/** One message of a conversation. `at` is milliseconds since the epoch; it may be missing in raw input. */
export interface ConversationMessage {
  readonly id: string
  readonly role: AuthorRole
  readonly at?: number
  /** Internal notes are not part of what the customer saw. */
  readonly internal?: boolean
  /** Required for customer messages to count in the arc. */
  readonly reading?: MessageReading
}

/** A conversation as the analysis receives it. */
export interface ConversationInput {
  readonly id: string
  readonly customerId?: string
  readonly status?: 'open' | 'pending' | 'resolved' | 'closed'
  readonly messages: readonly ConversationMessage[]
  /** Minutes the customer may wait for a reply here; defaults to the config's SLA. */
  readonly slaMinutes?: number
  /**
   * What the conversation is about (a product area or topic). Contacts about different subjects
   * are not repeats of each other; without one, every contact in the window may be.
   */
  readonly subject?: string
}
