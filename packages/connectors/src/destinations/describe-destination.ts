/**
 * A destination as the API, the CLI and the logs may show it. Secrets never leave through here: a chat
 * webhook's URL is itself the credential, so only its origin is shown.
 */
import type { DestinationConfig } from './destination.js'

/** A destination with its secrets removed: what may be shown and logged. */
export type DestinationDescription =
  | { readonly kind: 'slack' | 'teams' | 'webhook'; readonly url: string }
  | {
      readonly kind: 'email'
      readonly host: string
      readonly port: number
      readonly secure: boolean
      readonly user?: string
      readonly from: string
      readonly to: readonly string[]
    }

/** `https://hooks.slack.com/…`: scheme and host, the rest withheld. A URL that does not parse shows as `…`. */
function originOnly(url: string): string {
  try {
    return `${new URL(url).origin}/…`
  } catch {
    return '…'
  }
}

/**
 * A generic webhook's URL with what commonly carries a token removed: user info and the query (the path
 * stays, so an admin can tell two endpoints apart; its secret is the signing key, not the URL).
 */
function withoutCredentials(url: string): string {
  try {
    const u = new URL(url)
    return `${u.origin}${u.pathname}${u.search === '' ? '' : '?…'}`
  } catch {
    return '…'
  }
}

/** The configuration without its secrets (signing secret and password left out): safe to return from the API and to log. */
export function describeDestination(config: DestinationConfig): DestinationDescription {
  switch (config.kind) {
    case 'slack':
    case 'teams':
      return { kind: config.kind, url: originOnly(config.url) }
    case 'webhook':
      return { kind: 'webhook', url: withoutCredentials(config.url) }
    case 'email':
      return {
        kind: 'email',
        host: config.host,
        port: config.port,
        secure: config.secure,
        ...(config.user !== undefined ? { user: config.user } : {}),
        from: config.from,
        to: [...config.to],
      }
  }
}
