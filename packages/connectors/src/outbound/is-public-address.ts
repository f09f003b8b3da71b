/**
 * Classifies an IP address for the outbound policy: only a `public` address may be reached without the
 * admin's `allowPrivateNetwork`. Anything this module cannot parse counts as not public, so a new or odd
 * notation fails closed.
 */
import { isIP } from 'node:net'

/** Why an address is (or is not) reachable by default. */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'multicast'
  | 'reserved'
  | 'invalid'

type Range = readonly [prefix: bigint, bits: number, cls: AddressClass]

const V4: readonly (readonly [string, number, AddressClass])[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  // Includes 169.254.169.254, the cloud metadata service: the classic SSRF target.
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  // 240/4 is reserved and holds the broadcast address 255.255.255.255.
  ['240.0.0.0', 4, 'reserved'],
]

const V6: readonly (readonly [string, number, AddressClass])[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'reserved'],
  // Teredo tunnels reach an IPv4 host we could not check.
  ['2001::', 32, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
]

/** Prefixes whose low 32 bits (or, for 6to4, bits 16-48) are an IPv4 address that decides the class. */
const MAPPED_V4 = parseV6('::ffff:0:0') as bigint
const NAT64_V4 = parseV6('64:ff9b::') as bigint
const SIX_TO_FOUR = parseV6('2002::') as bigint

function parseV4(text: string): bigint | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  let value = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null
    value = (value << 8n) | BigInt(Number(part))
  }
  return value
}

function parseV6(text: string): bigint | null {
  let head = text
  let tail: bigint[] = []
  // A dotted IPv4 tail (::ffff:127.0.0.1) stands for the last two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted !== null) {
    const v4 = parseV4(dotted[2] as string)
    if (v4 === null) return null
    head = `${dotted[1]}0:0`
    tail = [v4 >> 16n, v4 & 0xffffn]
  }
  const halves = head.split('::')
  if (halves.length > 2) return null
  const groupsOf = (s: string): string[] => (s === '' ? [] : s.split(':'))
  const left = groupsOf(halves[0] as string)
  const right = halves.length === 2 ? groupsOf(halves[1] as string) : []
  const missing = 8 - left.length - right.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right]
  let value = 0n
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null
    value = (value << 16n) | BigInt(Number.parseInt(group, 16))
  }
  if (tail.length === 2) value = (value & ~0xffffffffn) | ((tail[0] as bigint) << 16n) | (tail[1] as bigint)
  return value
}

function compile(table: typeof V4, width: number, parse: (s: string) => bigint | null): Range[] {
  return table.map(([text, bits, cls]) => [(parse(text) as bigint) >> BigInt(width - bits), bits, cls] as const)
}

const V4_RANGES = compile(V4, 32, parseV4)
const V6_RANGES = compile(V6, 128, parseV6)

function lookup(value: bigint, width: number, ranges: readonly Range[]): AddressClass {
  for (const [prefix, bits, cls] of ranges) if (value >> BigInt(width - bits) === prefix) return cls
  return 'public'
}

function classifyV6(value: bigint): AddressClass {
  if (value >> 32n === MAPPED_V4 >> 32n || value >> 32n === NAT64_V4 >> 32n) return lookup(value & 0xffffffffn, 32, V4_RANGES)
  if (value >> 112n === SIX_TO_FOUR >> 112n) return lookup((value >> 80n) & 0xffffffffn, 32, V4_RANGES)
  return lookup(value, 128, V6_RANGES)
}

/**
 * The class of an IPv4 or IPv6 address in its textual form (as DNS answers it or a URL's hostname carries
 * it, brackets and a `%zone` allowed). IPv4-mapped (`::ffff:a.b.c.d`), NAT64 (`64:ff9b::/96`) and 6to4
 * (`2002::/16`) addresses take the class of the IPv4 address inside them.
 */
export function addressClass(address: string): AddressClass {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '')
  const family = isIP(bare)
  if (family === 4) {
    const v4 = parseV4(bare)
    return v4 === null ? 'invalid' : lookup(v4, 32, V4_RANGES)
  }
  if (family === 6) {
    const v6 = parseV6(bare)
    return v6 === null ? 'invalid' : classifyV6(v6)
  }
  return 'invalid'
}

/** Whether an address may be reached without `allowPrivateNetwork`. */
export function isPublicAddress(address: string): boolean {
  return addressClass(address) === 'public'
}
