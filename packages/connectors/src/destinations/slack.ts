/**
 * Slack incoming webhooks: a Block Kit message with a plain-text fallback. Slack parses `<…>` in
 * mrkdwn as links and mentions (`<!channel>`), so every user-written string is escaped.
 */
import type { BoundedFetch } from '../vendor-adapter.js'
import type { AlertNotice, AlertSeverity, SlackDestination } from './destination.js'
import { contextLine, displayFacts, displayLinks, escapeWithin, truncate } from './notice-display.js'
import { postJson } from './post-json.js'

/** A Block Kit text object. */
export interface SlackText {
  readonly type: 'plain_text' | 'mrkdwn'
  readonly text: string
  readonly emoji?: boolean
}

/** The Block Kit blocks this renderer uses. */
export type SlackBlock =
  | { readonly type: 'header'; readonly text: SlackText }
  | { readonly type: 'section'; readonly text: SlackText; readonly fields?: readonly SlackText[] }
  | { readonly type: 'context'; readonly elements: readonly SlackText[] }
  | {
      readonly type: 'actions'
      readonly elements: readonly { readonly type: 'button'; readonly text: SlackText; readonly url: string; readonly action_id: string }[]
    }

/** The body of an incoming-webhook post. */
export interface SlackMessage {
  /** The notification and screen-reader fallback (required by Slack when `blocks` is set). */
  readonly text: string
  readonly blocks: readonly SlackBlock[]
}

/** Slack's limits: header 150, section text 3000, field 2000, ten fields, button text 75. */
const LIMIT = { header: 150, section: 3000, field: 2000, fields: 10, button: 75, context: 2000 } as const

const EMOJI: Record<AlertSeverity, string> = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' }

/** Escapes the three characters Slack's mrkdwn treats as control sequences. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The Block Kit message for a notice: header, summary with the facts as fields, context, link buttons. */
export function renderSlack(notice: AlertNotice): SlackMessage {
  const mrkdwn = (text: string, max: number): SlackText => ({ type: 'mrkdwn', text: escapeWithin(text, max, escapeSlack) })
  const fields = displayFacts(notice)
    .slice(0, LIMIT.fields)
    .map((f) => ({ type: 'mrkdwn' as const, text: `*${escapeSlack(truncate(f.label, 100))}*\n${escapeWithin(f.value, LIMIT.field - 110, escapeSlack)}` }))
  const section: SlackBlock = fields.length > 0 ? { type: 'section', text: mrkdwn(notice.summary, LIMIT.section), fields } : { type: 'section', text: mrkdwn(notice.summary, LIMIT.section) }
  const blocks: SlackBlock[] = [
    // plain_text is never parsed for mentions, so the title is not escaped here.
    { type: 'header', text: { type: 'plain_text', text: truncate(`${EMOJI[notice.severity]} ${notice.title}`, LIMIT.header), emoji: true } },
    section,
    { type: 'context', elements: [mrkdwn(contextLine(notice), LIMIT.context)] },
  ]
  const links = displayLinks(notice)
  if (links.length > 0) {
    blocks.push({
      type: 'actions',
      elements: links.map((l, i) => ({ type: 'button', text: { type: 'plain_text', text: truncate(l.label, LIMIT.button) }, url: l.url, action_id: `undertone-link-${i}` })),
    })
  }
  return { text: escapeWithin(`${notice.title}: ${notice.summary}`, LIMIT.section, escapeSlack), blocks }
}

/** Posts the notice to a Slack incoming webhook. */
export async function deliverSlack(config: SlackDestination, notice: AlertNotice, fetch: BoundedFetch, now: number): Promise<void> {
  await postJson(fetch, 'slack', config.url, JSON.stringify(renderSlack(notice)), now)
}
