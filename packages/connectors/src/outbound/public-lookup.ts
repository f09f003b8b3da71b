/**
 * DNS resolution under the outbound policy: only public addresses come back, so whatever connects to
 * the answer connects to a checked address (a second lookup by someone else could be answered
 * differently: DNS rebinding).
 */
import { type LookupAddress, lookup as dnsLookup } from 'node:dns'
import { type LookupFunction, isIP } from 'node:net'
import { OutboundRefusedError } from '../connector-errors.js'
import { addressClass } from './is-public-address.js'

/** The refusal for a host, or an address, that is not public. */
export function privateAddressRefusal(host: string, address: string | undefined): OutboundRefusedError {
  const what = address === undefined ? 'no address' : address === host ? `a ${addressClass(address)} address` : `${address}, a ${addressClass(address)} address`
  const verb = address === host ? 'is' : 'resolves to'
  return new OutboundRefusedError(`${host} ${verb} ${what}; private and loopback addresses need allowPrivateNetwork`)
}

function keepPublic(host: string, addresses: readonly LookupAddress[]): LookupAddress[] {
  const allowed = addresses.filter((a) => addressClass(a.address) === 'public')
  if (allowed.length === 0) throw privateAddressRefusal(host, addresses[0]?.address)
  return allowed
}

/**
 * A `net.connect` lookup that drops internal addresses and refuses a host left with none. It answers in
 * the shape asked for (`all` is set when Node races address families).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err !== null) return callback(err, '', 0)
    let allowed: LookupAddress[]
    try {
      allowed = keepPublic(hostname, addresses)
    } catch (refusal) {
      return callback(refusal as OutboundRefusedError, '', 0)
    }
    const first = allowed[0] as LookupAddress
    if (options.all === true) callback(null, allowed)
    else callback(null, first.address, first.family)
  })
}

/**
 * Resolves `host` to one public address to connect to, for clients that take an address rather than a
 * lookup (SMTP). A literal IP is checked as it is. Throws {@link OutboundRefusedError}.
 */
export async function resolvePublicHost(host: string): Promise<string> {
  const bare = host.replace(/^\[(.*)\]$/, '$1')
  if (isIP(bare) !== 0) {
    if (addressClass(bare) !== 'public') throw privateAddressRefusal(host, host)
    return bare
  }
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(bare, { all: true }, (err, found) => (err === null ? resolve(found) : reject(err))),
  )
  return (keepPublic(host, addresses)[0] as LookupAddress).address
}
