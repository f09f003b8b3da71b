import type { Generated } from 'kysely'

/**
 * The tables, one type for both dialects. Times are milliseconds since the epoch (bigint in
 * PostgreSQL, integer in SQLite), booleans are 0/1, structured fields are JSON text: the same
 * values round-trip on both engines, and the conformance suite checks that they do.
 */
export interface Database {
  workspaces: WorkspaceTable
  api_keys: ApiKeyTable
  customers: CustomerTable
  agents: AgentTable
  conversations: ConversationTable
  messages: MessageTable
  readings: ReadingTable
  conversation_readings: ConversationReadingTable
  customer_readings: CustomerReadingTable
  alerts: AlertTable
  corrections: CorrectionTable
  model_versions: ModelVersionTable
  idempotency_keys: IdempotencyKeyTable
  jobs: JobTable
  rollups: RollupTable
  fact_rollups: FactRollupTable
  fact_bins: FactBinTable
  workspace_counters: WorkspaceCounterTable
  driver_snapshots: DriverSnapshotTable
  driver_days: DriverDayTable
  review_flags: ReviewFlagTable
  targets: TargetTable
  connectors: ConnectorTable
  connector_events: ConnectorEventTable
  write_backs: WriteBackTable
  destinations: DestinationTable
  alert_rules: AlertRuleTable
  deliveries: DeliveryTable
  audit_log: AuditLogTable
  retention_policies: RetentionPolicyTable
  customer_erasures: CustomerErasureTable
}

/** The audit trail (migration 0019): append-only, one row per change people made. */
export interface AuditLogTable {
  id: string
  workspace_id: string
  at: number
  /** The API key id that made the change, or 'cli'. */
  actor: string
  /** e.g. 'key.create', 'settings.change', 'customer.erase'. */
  action: string
  /** What it was done to (an id; never a customer's external id). */
  subject: string
  /** JSON object. */
  detail: string
}

/** How long a workspace keeps message texts (migration 0019); `days` null keeps them forever. */
export interface RetentionPolicyTable {
  workspace_id: string
  days: number | null
  updated_at: number
  last_run_at: number | null
}

/** A customer erased (migration 0019): our ids only, for receipts and the worker's sweep. */
export interface CustomerErasureTable {
  workspace_id: string
  customer_id: string
  /** JSON array of the erased conversations' ids. */
  conversation_ids: string
  erased_at: number
}

/** A helpdesk connector; `secrets` is the server's encrypted envelope, never plain text. */
export interface ConnectorTable {
  id: string
  workspace_id: string
  kind: string
  name: string
  base_url: string
  /** JSON object of non-secret settings. */
  settings: string
  secrets: string
  /** The unguessable part of the connector's inbound URL. */
  hook_token: string
  allow_private_network: number
  created_at: number
  updated_at: number
  last_refusal_at: number | null
  last_refusal_code: string | null
  backfill_state: string
  backfill_cursor: string | null
  backfill_since: number | null
  backfill_conversations: number
  backfill_messages: number
  backfill_total: number | null
  backfill_error: string | null
  backfill_updated_at: number | null
}

/** One inbound event a connector accepted: the dedupe key and the recent-deliveries list. */
export interface ConnectorEventTable {
  connector_id: string
  event_id: string
  workspace_id: string
  received_at: number
  outcome: string
  messages: number
  detail: string | null
}

/** The write-back outbox: one row per connector conversation, due when its reading changed. */
export interface WriteBackTable {
  connector_id: string
  conversation_id: string
  workspace_id: string
  external_id: string
  /** 'due', 'done' or 'failed'. */
  state: string
  /** JSON of what was last written (tags, priority, note digest). */
  written: string | null
  attempts: number
  next_attempt_at: number
  lease_until: number | null
  last_error: string | null
  updated_at: number
}

/** Where alerts go; `description` is safe to show, `secrets` is the encrypted full config. */
export interface DestinationTable {
  id: string
  workspace_id: string
  kind: string
  name: string
  description: string
  secrets: string
  allow_private_network: number
  created_at: number
}

/** Which alerts go to which destinations, with thresholds and quiet hours (JSON `settings`). */
export interface AlertRuleTable {
  id: string
  workspace_id: string
  kind: string
  /** JSON array of destination ids. */
  destination_ids: string
  settings: string
  enabled: number
  created_at: number
}

/** The delivery outbox: one notice to one destination, retried with backoff, then dead-lettered. */
export interface DeliveryTable {
  id: string
  workspace_id: string
  destination_id: string
  rule_id: string
  subject_id: string
  notice_id: string
  notice: string
  /** 'pending', 'delivered' or 'dead'. */
  state: string
  attempts: number
  next_attempt_at: number
  lease_until: number | null
  last_error: string | null
  last_status: number | null
  created_at: number
  delivered_at: number | null
}

export interface TargetTable {
  id: string
  workspace_id: string
  name: string
  /** 'negative_share', 'mean_score' or an emotion name. */
  metric: string
  dimension: string
  value: string
  goal: number
  direction: 'down' | 'up'
  start_at: number
  due_at: number
  created_at: number
}

export interface RollupTable {
  workspace_id: string
  /** 'hour' or 'day'; weeks are summed from days when asked for. */
  granularity: string
  /** Start of the bucket, ms since the epoch (UTC). */
  bucket: number
  /** 'all', 'product_area', 'tag', 'topic', 'agent', 'channel', 'segment', 'plan' or 'language'. */
  dimension: string
  value: string
  n: number
  sum_score: number
  sum_sq: number
  neg: number
  pos: number
  e_frustration: number
  e_anger: number
  e_confusion: number
  e_urgency: number
  e_satisfaction: number
  e_gratitude: number
  e_disappointment: number
  e_sarcasm: number
}

/** Daily sums of conversation facts per segment (migration 0008), by the day the conversation opened. */
export interface FactRollupTable {
  workspace_id: string
  /** 'all', 'agent_id', 'segment', 'plan', 'channel', 'product_area' or 'language'. */
  dimension: string
  value: string
  day: number
  n: number
  /** Conversations with both an opening and a closing customer score. */
  n_pair: number
  sum_open: number
  sum_close: number
  sum_open_close: number
  sum_open_sq: number
  sum_close_sq: number
  /** Resolved conversations among the pairs. */
  n_resolved: number
  n_human: number
  n_handoff: number
  n_sla: number
}

/** Daily histograms of conversation facts: escalation score, closing score, response times. */
export interface FactBinTable {
  workspace_id: string
  /** 'esc', 'close', 'first', 'resolution' or 'total'. */
  kind: string
  dimension: string
  value: string
  /** For response times: "<opening label>|<urgency bucket>"; otherwise empty. */
  cell: string
  bin: number
  day: number
  n: number
}

/** Running counts per workspace (migration 0009). */
export interface WorkspaceCounterTable {
  workspace_id: string
  messages: number
  /** Customer messages that are not internal notes: the ones the reader reads. */
  readable: number
  readings: number
  conversations: number
  customers: number
}

/** The latest drivers ranking per workspace and window (migration 0010). */
export interface DriverSnapshotTable {
  workspace_id: string
  days: number
  computed_at: number
  body: string
}

/** One completed day's drivers tally per workspace (migration 0014). */
export interface DriverDayTable {
  workspace_id: string
  day: number
  messages: number
  negative: number
  sampled: number
  topics_version: number
  computed_at: number
  body: string
}

/** A reading an agent flagged for review (migration 0011). */
export interface ReviewFlagTable {
  workspace_id: string
  message_id: string
  flagged_by: string
  note: string | null
  created_at: number
}

export interface WorkspaceTable {
  id: string
  name: string
  settings: string
  created_at: number
}

export interface ApiKeyTable {
  /** The public part of the key, shown in lists: `ut_<id>_…`. */
  id: string
  workspace_id: string
  name: string
  /** SHA-256 of the secret part, hex. The secret itself is never stored. */
  secret_hash: string
  scopes: string
  created_at: number
  last_used_at: number | null
  revoked_at: number | null
}

export interface CustomerTable {
  id: string
  workspace_id: string
  source: string
  external_id: string
  segment: string | null
  plan: string | null
  value: number | null
  created_at: number
  updated_at: number
  /** When the customer was reported as churned, if they were. */
  churned_at: number | null
}

export interface AgentTable {
  id: string
  workspace_id: string
  source: string
  external_id: string
  name: string | null
  kind: 'human' | 'bot'
  created_at: number
}

export interface ConversationTable {
  id: string
  workspace_id: string
  source: string
  external_id: string
  customer_id: string | null
  channel: string | null
  status: string
  product_area: string | null
  tags: string
  created_at: number
  updated_at: number
  first_customer_at: number | null
  last_customer_at: number | null
  /** Customer satisfaction score reported by the helpdesk (1–5), if any. */
  csat: number | null
  first_response_at: number | null
  last_agent_at: number | null
  message_count: number
}

export interface MessageTable {
  id: string
  workspace_id: string
  conversation_id: string
  source: string
  external_id: string
  role: 'customer' | 'agent' | 'bot' | 'system'
  agent_id: string | null
  internal: number
  text: string
  created_at: number
  ingested_at: number
  /** Monotonic per database, for streams and resumable processing. */
  seq: Generated<number>
}

export interface ReadingTable {
  message_id: string
  workspace_id: string
  conversation_id: string
  model_version: string
  label: 'negative' | 'neutral' | 'positive'
  score: number
  confidence: number
  emotions: string
  intensity: number
  cues: string
  needs_review: number
  language: string
  read_at: number
  /** The topic this reading is counted under in the topic rollups ('' for none; migration 0015). */
  topic: string | null
  /** The topic model (`computedAt`) it was counted under; null when not counted under any. */
  topic_version: number | null
}

export interface ConversationReadingTable {
  conversation_id: string
  workspace_id: string
  trend: string
  escalation: number
  escalate: number
  handoff: number
  resolution_delta: number
  body: string
  computed_at: number
  // Analytics facts (migration 0003); null until the conversation is refreshed.
  open_score: number | null
  close_score: number | null
  open_label: string | null
  max_urgency: number | null
  human_requested: number | null
  sla_breached: number | null
  agent_id: string | null
  opened_at: number | null
  first_response_at: number | null
  resolved_at: number | null
  product_area: string | null
  channel: string | null
  segment: string | null
  plan: string | null
  language: string | null
  /** The conversation's analysis state (JSON; migration 0017); null until it is next read. */
  state: string | null
}

export interface CustomerReadingTable {
  customer_id: string
  workspace_id: string
  health: number
  trend: string
  churn_risk: number
  weighted_risk: number
  alert_state: string
  body: string
  computed_at: number
}

export interface AlertTable {
  id: string
  workspace_id: string
  kind: string
  subject_id: string
  severity: number
  title: string
  payload: string
  created_at: number
  acknowledged_at: number | null
  snoozed_until: number | null
}

export interface CorrectionTable {
  id: string
  workspace_id: string
  message_id: string
  reviewer: string
  label: string | null
  emotions: string | null
  cues: string | null
  created_at: number
  /** The message text, for corrections imported without a stored message. */
  text: string | null
  /** What the reader said when the correction was made (accuracy over time). */
  predicted_label: string | null
  model_version: string | null
  /** 'api', 'dashboard', 'cli', 'import' or 'csat'. */
  source: Generated<string>
}

/** A workspace's adapted reader, with how it scored on held-out reviewed labels. */
export interface ModelVersionTable {
  id: string
  workspace_id: string
  number: number
  /** 'active', 'candidate' (trained, not promoted), 'rejected' (lost to the current one) or 'retired'. */
  status: string
  /** The encoded adapter weights. */
  weights: string
  metrics: string
  trained_on: number
  held_out: number
  created_at: number
  promoted_at: number | null
  retired_at: number | null
}

export interface IdempotencyKeyTable {
  workspace_id: string
  key: string
  response: string
  created_at: number
}

export interface JobTable {
  id: string
  queue: string
  payload: string
  state: 'waiting' | 'active' | 'done' | 'failed'
  priority: number
  /** The fairness group claims take turns across ('' for none; migration 0016). */
  group_key: string
  /** How many jobs of the group were waiting when this one was enqueued; claims go by priority, then turn. */
  turn: number
  run_at: number
  attempts: number
  max_attempts: number
  locked_until: number | null
  last_error: string | null
  created_at: number
  updated_at: number
}
