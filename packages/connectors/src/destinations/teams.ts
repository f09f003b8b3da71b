/**
 * Microsoft Teams through a "workflow" (Power Automate) webhook, which replaced the retired Office 365
 * connectors: it takes a message whose attachment is an Adaptive Card (schema 1.4, the highest Teams
 * renders everywhere).
 */
import type { BoundedFetch } from '../vendor-adapter.js'
import type { AlertNotice, AlertSeverity, TeamsDestination } from './destination.js'
import { contextLine, displayFacts, displayLinks } from './notice-display.js'
import { postJson } from './post-json.js'

/** An Adaptive Card element this renderer uses. */
export type AdaptiveElement =
  | {
      readonly type: 'TextBlock'
      readonly text: string
      readonly wrap: true
      readonly weight?: 'Bolder'
      readonly size?: 'Small' | 'Medium' | 'Large'
      readonly color?: 'Default' | 'Attention' | 'Warning' | 'Accent'
      readonly isSubtle?: boolean
      readonly style?: 'heading'
    }
  | { readonly type: 'FactSet'; readonly facts: readonly { readonly title: string; readonly value: string }[] }

/** The body a Teams workflow webhook accepts. */
export interface TeamsMessage {
  readonly type: 'message'
  readonly attachments: readonly [
    {
      readonly contentType: 'application/vnd.microsoft.card.adaptive'
      readonly contentUrl: null
      readonly content: {
        readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json'
        readonly type: 'AdaptiveCard'
        readonly version: '1.4'
        readonly body: readonly AdaptiveElement[]
        readonly actions: readonly { readonly type: 'Action.OpenUrl'; readonly title: string; readonly url: string }[]
        readonly msteams: { readonly width: 'Full' }
      }
    },
  ]
}

const COLOR: Record<AlertSeverity, 'Default' | 'Attention' | 'Warning'> = { info: 'Default', warning: 'Warning', critical: 'Attention' }

/**
 * Defuses the one piece of Adaptive Card markdown that can mislead: a link whose text hides its target
 * (`[Verify your account](https://…)`). A zero-width space between `]` and `(` leaves the text as
 * written. Backslash escapes are not used because Teams clients disagree on them (Android and iOS show
 * the backslash: MicrosoftDocs/msteams-docs#5793); stray bold or italics are harmless.
 */
export function escapeTeams(text: string): string {
  return text.replace(/\]\(/g, ']\u200B(')
}

/** The Adaptive Card message for a notice: title, summary, facts, context line and link actions. */
export function renderTeams(notice: AlertNotice): TeamsMessage {
  const body: AdaptiveElement[] = [
    { type: 'TextBlock', text: escapeTeams(notice.title), wrap: true, weight: 'Bolder', size: 'Medium', style: 'heading', color: COLOR[notice.severity] },
    { type: 'TextBlock', text: escapeTeams(notice.summary), wrap: true },
  ]
  const facts = displayFacts(notice)
  if (facts.length > 0) body.push({ type: 'FactSet', facts: facts.map((f) => ({ title: escapeTeams(f.label), value: escapeTeams(f.value) })) })
  body.push({ type: 'TextBlock', text: escapeTeams(contextLine(notice)), wrap: true, size: 'Small', isSubtle: true })
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: displayLinks(notice).map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
          msteams: { width: 'Full' },
        },
      },
    ],
  }
}

/** Posts the notice to a Teams workflow webhook (which answers 202 Accepted). */
export async function deliverTeams(config: TeamsDestination, notice: AlertNotice, fetch: BoundedFetch, now: number): Promise<void> {
  await postJson(fetch, 'teams', config.url, JSON.stringify(renderTeams(notice)), now)
}
