/**
 * What the human-facing renderers (Slack, Teams, e-mail) show besides title and summary, decided once so
 * the three agree: the table of facts, the links, the time and the words for kind and severity.
 */
import type { AlertKind, AlertNotice, AlertSeverity } from './destination.js'

/** A row of the facts table. */
export interface DisplayFact {
  readonly label: string
  readonly value: string
}

/** A link button. */
export interface DisplayLink {
  readonly label: string
  readonly url: string
}

const KIND_LABEL: Record<AlertKind, string> = {
  conversation_escalated: 'Conversation escalated',
  customer_at_risk: 'Customer at risk',
  change_detected: 'Change detected',
  sentiment_drop: 'Sentiment drop',
}

const SEVERITY_LABEL: Record<AlertSeverity, string> = { info: 'Info', warning: 'Warning', critical: 'Critical' }

/** "Customer at risk". */
export function kindLabel(kind: AlertKind): string {
  return KIND_LABEL[kind]
}

/** "Critical". */
export function severityLabel(severity: AlertSeverity): string {
  return SEVERITY_LABEL[severity]
}

/** `2026-03-02 09:14 UTC`: one zone for every reader of a shared channel. */
export function displayTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The customer's facts first (who, how valuable, how likely to leave), then the notice's own. */
export function displayFacts(notice: AlertNotice): DisplayFact[] {
  const facts: DisplayFact[] = []
  const c = notice.customer
  if (c !== undefined) {
    facts.push({ label: 'Customer', value: c.externalId })
    if (c.value !== undefined) facts.push({ label: 'Value', value: c.value.toLocaleString('en-US') })
    if (c.churnRisk !== undefined) facts.push({ label: 'Churn risk', value: `${Math.round(c.churnRisk * 100)}%` })
  }
  return [...facts, ...notice.facts]
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

/**
 * The dashboard and helpdesk links that are present. Only http(s) URLs: a link is rendered as a button
 * or an `href`, where a `javascript:` URL would run.
 */
export function displayLinks(notice: AlertNotice): DisplayLink[] {
  const links: DisplayLink[] = []
  const conv = notice.conversation
  if (conv?.dashboardUrl !== undefined && isWebUrl(conv.dashboardUrl)) links.push({ label: 'Open in Undertone', url: conv.dashboardUrl })
  if (conv?.helpdeskUrl !== undefined && isWebUrl(conv.helpdeskUrl)) links.push({ label: 'Open in helpdesk', url: conv.helpdeskUrl })
  return links
}

/** One line of context: severity, kind, conversation and time. */
export function contextLine(notice: AlertNotice): string {
  const parts = [severityLabel(notice.severity), kindLabel(notice.kind)]
  if (notice.conversation !== undefined) parts.push(`conversation ${notice.conversation.externalId}`)
  parts.push(displayTime(notice.occurredAt))
  return parts.join(' · ')
}

/** Cuts `text` to `max` characters, marking the cut and never splitting a surrogate pair; vendors refuse over-long fields outright. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1
  return `${text.slice(0, end)}…`
}

/**
 * Escapes `text` and cuts it so the escaped form fits `max`: the longest cut whose escaped form fits
 * (found by bisection), so the cut falls in the text, never inside an entity such as `&amp;`.
 */
export function escapeWithin(text: string, max: number, escapeFor: (s: string) => string): string {
  const whole = escapeFor(text)
  if (whole.length <= max) return whole
  let fits = 1
  let tooLong = text.length
  while (tooLong - fits > 1) {
    const mid = Math.floor((fits + tooLong) / 2)
    if (escapeFor(truncate(text, mid)).length <= max) fits = mid
    else tooLong = mid
  }
  return escapeFor(truncate(text, fits))
}
