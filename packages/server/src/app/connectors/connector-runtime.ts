import type { BoundedFetch, VendorAdapter } from '@undertone/connectors'
import { ProblemError } from '../../problem.js'
import type { SecretBox } from './secret-box.js'

/** What connectors and alert destinations need from the composition root. */
export interface ConnectorRuntime {
  /** The helpdesk adapters by kind. */
  readonly adapters: ReadonlyMap<string, VendorAdapter>
  /** Seals and opens secrets; undefined when no key is configured (nothing with a secret can be added then). */
  readonly secretBox: SecretBox | undefined
  /** Whether connectors and destinations added through the API may reach private and loopback addresses (an admin setting; off by default). */
  readonly allowPrivateNetwork: boolean
  /** The bounded fetch to call out with, under a record's address policy. */
  readonly fetchFor: (allowPrivateNetwork: boolean) => BoundedFetch
  /** The dashboard's public address, for links in helpdesk notes and alerts; none when not configured. */
  readonly publicUrl: string | undefined
  /** How long one outbound call may take. */
  readonly timeoutMs: number
}

/** The secret box, or the problem that says how to configure one. */
export function secretBoxOf(runtime: ConnectorRuntime): SecretBox {
  if (runtime.secretBox === undefined) throw new ProblemError('UT_E_NO_SECRET_KEY', 'connectors and destinations keep secrets encrypted: set UNDERTONE_SECRET_KEYS (see README, "Connect your helpdesk")')
  return runtime.secretBox
}

/** The adapter of a kind, or a 400 naming the kinds there are. */
export function adapterOf(runtime: ConnectorRuntime, kind: string): VendorAdapter {
  const adapter = runtime.adapters.get(kind.toLowerCase())
  if (adapter === undefined) throw new ProblemError('UT_E_VALIDATION', `unknown connector kind "${kind}"; one of: ${[...runtime.adapters.keys()].join(', ')}`)
  return adapter
}

/** The dashboard link of a conversation, when the public address is known. */
export function dashboardLink(runtime: ConnectorRuntime, conversationId: string): string | undefined {
  return runtime.publicUrl === undefined ? undefined : `${runtime.publicUrl.replace(/\/+$/, '')}/#/conversations/${encodeURIComponent(conversationId)}`
}
