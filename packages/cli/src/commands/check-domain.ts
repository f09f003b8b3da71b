import type { Reader } from '@undertone/engine'
import { CliError } from '../cli-error.js'

/**
 * Refuses a domain the reader has no profile for; the engine would read with the general profile
 * instead, and a typo (`--domain banking` for finance) would go unnoticed.
 */
export function checkDomain(reader: Reader, domain: string | undefined): void {
  if (domain === undefined || reader.domains.includes(domain)) return
  throw new CliError('UT_E_UNKNOWN_DOMAIN', unknownDomain(domain, reader.domains))
}

/** The message for an unknown domain, listing the known ones. */
export function unknownDomain(domain: string, known: readonly string[]): string {
  return `unknown domain "${domain}" (known: ${known.join(', ')})`
}
