/** Response shapes of the Undertone API, as the dashboard reads them (see packages/server). */

export type Label = 'negative' | 'neutral' | 'positive'
export type Emotions = Record<string, number>

export interface Reason {
  readonly code: string
  readonly weight: number
  readonly detail: string
}

export interface Cue {
  readonly kind: string
  readonly start: number
  readonly end: number
  readonly explicit: boolean
  readonly weight: number
}

export interface QueueItem {
  readonly conversation_id: string
  readonly external_id: string | null
  readonly channel: string | null
  readonly product_area: string | null
  readonly customer_id: string | null
  readonly segment: string | null
  readonly value: number | null
  readonly priority: number
  readonly reasons: readonly Reason[]
  readonly sentiment: Label | null
  readonly emotions: Emotions
  readonly wait_minutes: number
}

export interface Reading {
  readonly label: Label
  readonly score: number
  readonly confidence: number
  readonly emotions: Emotions
  readonly cues: readonly Cue[]
  readonly needsReview: boolean
}

export interface Message {
  readonly id: string
  readonly role: string
  readonly internal: boolean
  readonly text: string
  readonly createdAt: number
  readonly reading?: Reading
}

export interface ArcPoint {
  readonly messageId: string
  readonly at: number
  readonly score: number
  readonly label: Label
  readonly repliesBefore: number
}

export interface ConversationAnalysis {
  readonly arc: readonly ArcPoint[]
  readonly trend: { readonly direction: string; readonly slope: number }
  readonly escalation: number
  readonly escalate: boolean
  readonly reasons: readonly Reason[]
  readonly handoff: boolean
  readonly handoffReasons: readonly Reason[]
  readonly resolutionDelta: number
}

export interface Conversation {
  readonly id: string
  readonly external_id: string | null
  readonly status: string
  readonly channel: string | null
  readonly product_area: string | null
  readonly tags: readonly string[]
  readonly customer_id: string | null
  readonly messages: readonly Message[]
  readonly analysis: ConversationAnalysis | null
}

export interface CustomerAnalysis {
  readonly health: number
  readonly trend: string
  readonly churnRisk: number
  readonly weightedRisk: number
  readonly reasons: readonly Reason[]
  readonly repeatContacts: number
  readonly interactions: readonly { conversationId: string; at: number; score: number; escalation: number }[]
}

export interface Customer {
  readonly id: string
  readonly external_id: string | null
  readonly segment: string | null
  readonly plan: string | null
  readonly value: number | null
  readonly analysis: CustomerAnalysis | null
  readonly conversations: readonly { id: string; external_id: string | null; status: string; created_at: number; last_customer_at: number | null; trend: string | null; escalation: number | null }[]
}

export interface Alert {
  readonly id: string
  readonly kind: string
  readonly subjectId: string
  readonly severity: number
  readonly title: string
  readonly payload: { readonly reasons?: readonly Reason[] } & Record<string, unknown>
  readonly createdAt: number
}

export interface TrendPoint {
  readonly t: number
  readonly n: number
  readonly meanScore: number
  readonly negativeShare: number
  readonly positiveShare: number
  readonly emotions: Emotions
}

export interface Trends {
  readonly by: string
  readonly granularity: 'day' | 'week'
  readonly series: readonly { value: string; points: readonly TrendPoint[] }[]
}

export interface Driver {
  readonly topic: string
  readonly kind: string
  /** For topics: the topic's name (its strongest terms). */
  readonly label?: string
  /** A few negative messages mentioning it, newest first. */
  readonly exampleMessages?: readonly { readonly id: string; readonly conversationId: string; readonly at: number; readonly text: string }[]
  readonly negativeCount: number
  readonly shareNow: number
  readonly sharePrevious: number
  readonly negativity: number
  readonly growth: number
  readonly score: number
}

export interface ChangeFinding {
  readonly dimension: string
  readonly value: string
  /** For topics: the topic's name. */
  readonly label?: string
  readonly since: number
  readonly delta: number
  readonly summary: string
}

export interface ResolutionRow {
  readonly group: string
  readonly n: number
  readonly meanOpen: number
  readonly meanClose: number
  readonly meanDelta: number
  readonly resolvedUnhappyShare: number
}

export interface EscalationRow {
  readonly group: string
  readonly n: number
  readonly humanRequested: number
  readonly botHandedOff: number
  readonly slaBreached: number
  readonly escalationScore: number
}

export interface ResponseTimeRow {
  readonly sentiment: Label
  readonly urgency: string
  readonly n: number
  readonly firstResponseMedianMinutes: number | null
  readonly firstResponseP90Minutes: number | null
  readonly resolutionMedianHours: number | null
}

export interface AgentRow {
  readonly agentId: string
  readonly agent: string
  readonly n: number
  readonly shown: boolean
  readonly meanImprovement: number | null
  readonly ci95: readonly [number, number] | null
}

export interface Target {
  readonly id: string
  readonly name: string
  readonly metric: string
  readonly dimension: string
  readonly value: string
  readonly goal: number
  readonly direction: 'up' | 'down'
  readonly dueAt: number
  readonly progress: { readonly baseline: number; readonly current: number; readonly progress: number; readonly forecast: number; readonly onTrack: boolean } | null
}

/** Why active learning picked a reading for review. */
export type ReviewReasonCode = 'flagged' | 'uncertain' | 'cue-disagreement' | 'novel' | 'outcome-disagreement'

export interface ReviewItem {
  readonly message_id: string
  readonly conversation_id: string
  readonly text: string
  readonly created_at: number
  readonly label: Label
  readonly score: number
  readonly confidence: number
  readonly emotions: Emotions
  readonly cues: readonly Cue[]
  readonly priority: number
  readonly reasons: readonly ReviewReasonCode[]
}

/** The workspace's daily review budget (counted per UTC day). */
export interface ReviewBudget {
  readonly daily: number
  readonly usedToday: number
  readonly remaining: number
}

export interface ReviewQueue {
  readonly budget: ReviewBudget
  readonly items: readonly ReviewItem[]
}

/** A stored correction, with the reading of the message taken again right after it. */
export interface Correction {
  readonly id: string
  readonly message_id: string
  readonly reviewer: string
  readonly label: Label | null
  readonly created_at: number
  /** What the reader said before the correction. */
  readonly predicted_label: Label | null
  /** The message read again under the correction; null for messages that are not the customer's. */
  readonly reading: { readonly label: Label; readonly score: number; readonly confidence: number; readonly model_version: string } | null
}

/** How often reviewers who labelled the same message agreed. */
export interface Agreement {
  readonly messages: number
  readonly pairs: number
  readonly agreement: number | null
  readonly kappa: number | null
}

/** A version's scores on the workspace's held-out reviewed labels. */
export interface HeldOutMetrics {
  readonly n: number
  readonly accuracy: number
  readonly macroF1: number
  readonly perLabel: readonly { readonly label: Label; readonly f1: number; readonly support: number }[]
}

export interface PromotionDecision {
  readonly promote: boolean
  readonly reason: string
}

/** A term the adapter learned from corrections; polarity runs from -1 to +1. */
export interface LearnedTerm {
  readonly pattern: string
  readonly polarity: number
  readonly source: string
  readonly note?: string
}

export type ModelStatus = 'active' | 'candidate' | 'rejected' | 'retired'

export interface ModelVersion {
  readonly id: string
  readonly number: number
  readonly status: ModelStatus
  readonly metrics: {
    readonly label: string
    readonly heldOut: HeldOutMetrics
    /** The version active when this one was trained (`base` for the base model), on the same labels. */
    readonly current: { readonly version: string; readonly heldOut: HeldOutMetrics }
    readonly decision: PromotionDecision
    readonly trainLabels: Readonly<Partial<Record<Label, number>>>
    readonly disputed: number
    readonly terms: readonly LearnedTerm[]
    readonly languages: Readonly<Record<string, number>>
  }
  readonly trainedOn: number
  readonly heldOut: number
  readonly createdAt: number
  readonly promotedAt: number | null
  readonly retiredAt: number | null
}

export interface Models {
  /** The base reader's version. */
  readonly base: string
  /** The active version's id; null while the workspace reads with the base model. */
  readonly active: string | null
  /** Newest first. */
  readonly versions: readonly ModelVersion[]
}

export interface TrainResult {
  readonly version: ModelVersion
  readonly decision: PromotionDecision
  readonly promoted: boolean
}

export type Interval = readonly [number, number]

/** Agreement with reviewed labels over one rolling window. */
export interface AccuracyWindow {
  readonly start: number
  readonly end: number
  readonly n: number
  readonly accuracy: number | null
  /** 95% Wilson interval. */
  readonly accuracyCi: Interval | null
  readonly macroF1: number | null
  /** 95% bootstrap interval. */
  readonly macroF1Ci: Interval | null
  readonly perLabel: readonly { readonly label: string; readonly n: number; readonly recall: number | null; readonly ci: Interval | null }[]
}

export interface AccuracyOverTime {
  readonly from: number
  readonly to: number
  readonly stepDays: number
  readonly windowDays: number
  /** Reviewed labels in the period. */
  readonly labels: number
  readonly windows: readonly AccuracyWindow[]
  /** Versions that were ever promoted, for markers. */
  readonly versions: readonly { readonly id: string; readonly number: number; readonly status: ModelStatus; readonly promotedAt: number | null; readonly retiredAt: number | null }[]
}

export interface Stats {
  readonly messages: number
  readonly conversations: number
  readonly customers: number
  readonly readingsPending: number
}

/** One entry of a problem document's `errors`: a dotted input path (`terms.0.polarity`) and what is wrong. */
export interface FieldError {
  readonly path: string
  readonly message: string
}

/** A term the team added: a cue pattern and how it leans (-1…+1), with optional emotion nudges (0…3). */
export interface WorkspaceTerm {
  readonly pattern: string
  readonly polarity: number
  readonly emotions?: Readonly<Record<string, number>>
  readonly note?: string
  readonly source?: 'workspace'
}

/** Thresholds and weights: nested groups of numbers (see DEFAULT_ANALYSIS_CONFIG in packages/analysis). */
export interface AnalysisTree {
  readonly [key: string]: number | AnalysisTree
}

export interface LearningSettings {
  /** Readings offered for review per UTC day. */
  readonly dailyReviewBudget: number
  /** After a promotion or rollback, messages from the last this many days are read again. */
  readonly rescoreDays: number
  /** Promote a newly trained version by itself when it beats the active one. */
  readonly autoPromote: boolean
}

export interface Settings {
  readonly workspace: string
  /** A built-in domain profile id; null reads as general. */
  readonly domain: string | null
  readonly domains: readonly { readonly id: string; readonly label: string }[]
  readonly terms: readonly WorkspaceTerm[]
  readonly learnedTerms: readonly LearnedTerm[]
  readonly analysis: { readonly overrides: AnalysisTree; readonly effective: AnalysisTree; readonly defaults: AnalysisTree }
  readonly learning: LearningSettings
}

/** What `PATCH /v1/settings` takes: only what changes. */
export interface SettingsPatch {
  readonly domain?: string | null
  readonly terms?: readonly WorkspaceTerm[]
  readonly analysis?: AnalysisTree | null
  readonly learning?: Partial<LearningSettings>
}

export interface ApiKeyInfo {
  readonly id: string
  readonly name: string
  readonly createdAt: number
  readonly lastUsedAt: number | null
  readonly revokedAt: number | null
}

export interface ApiKeyList {
  /** The id of the key this session signed in with. */
  readonly current: string
  readonly keys: readonly ApiKeyInfo[]
}

/** A new key; `key` is the secret, in this answer only. */
export interface CreatedApiKey {
  readonly id: string
  readonly name: string
  readonly createdAt: number
  readonly key: string
}
