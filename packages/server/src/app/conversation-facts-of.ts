import type { ArcPoint, FactsFold } from '@undertone/analysis'
import type { ConversationFactColumns } from '@undertone/storage'

/**
 * The analytics facts of a conversation from the facts folded over its messages and its reading's
 * arc. A wait still open counts against the SLA only as the analysis sees it (`openWaitSince`): a
 * customer whose last word was a satisfied thank-you is not waiting.
 */
export function conversationFactsOf(
  folded: FactsFold,
  arc: readonly ArcPoint[],
  conv: { status: string; product_area: string | null; channel: string | null } | undefined,
  profile: { segment: string | null; plan: string | null } | undefined,
  now: number,
  openWaitSince: number | undefined,
  slaMinutes: number,
): ConversationFactColumns {
  const resolved = conv?.status === 'resolved' || conv?.status === 'closed'
  const slaBreached = folded.slaBreached || (openWaitSince !== undefined && !resolved && now - openWaitSince > slaMinutes * 60_000)
  const first = arc[0]
  const last = arc[arc.length - 1]
  return {
    ...(first === undefined ? {} : { openScore: first.score, openLabel: first.label }),
    ...(last === undefined ? {} : { closeScore: last.score }),
    maxUrgency: folded.maxUrgency,
    humanRequested: folded.humanRequested,
    slaBreached,
    ...(folded.lastAgentId === undefined ? {} : { agentId: folded.lastAgentId }),
    ...(folded.firstAt === undefined ? {} : { openedAt: folded.firstAt }),
    ...(folded.firstResponseAt === undefined ? {} : { firstResponseAt: folded.firstResponseAt }),
    ...(resolved && folded.lastAt !== undefined ? { resolvedAt: folded.lastAt } : {}),
    ...(conv?.product_area == null ? {} : { productArea: conv.product_area }),
    ...(conv?.channel == null ? {} : { channel: conv.channel }),
    ...(profile?.segment == null ? {} : { segment: profile.segment }),
    ...(profile?.plan == null ? {} : { plan: profile.plan }),
    ...(folded.firstCustomerLanguage === undefined ? {} : { language: folded.firstCustomerLanguage }),
  }
}
