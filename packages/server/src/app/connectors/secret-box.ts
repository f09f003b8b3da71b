import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { ProblemError } from '../../problem.js'

/** One encryption key: a short id stored beside each envelope, and 32 bytes of key. */
export interface SecretKey {
  readonly id: string
  readonly key: Uint8Array
}

const VERSION = 'ut1'

/**
 * Encrypts connector and destination secrets at rest with AES-256-GCM. The first key seals; every
 * key opens, so keys rotate by putting a new one first, re-sealing (`undertone secrets rotate`),
 * then dropping the old one. Each envelope is bound to the record it belongs to (additional
 * authenticated data), so an envelope copied onto another row does not open there.
 */
export class SecretBox {
  readonly #keys: ReadonlyMap<string, Uint8Array>
  readonly #current: SecretKey

  constructor(keys: readonly SecretKey[]) {
    const first = keys[0]
    if (first === undefined) throw new Error('SecretBox needs at least one key')
    for (const k of keys) {
      if (k.key.length !== 32) throw new Error(`secret key "${k.id}" must be 32 bytes, got ${k.key.length}`)
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(k.id)) throw new Error(`secret key id "${k.id}" must be 1-32 letters, digits, - or _`)
    }
    this.#keys = new Map(keys.map((k) => [k.id, k.key]))
    this.#current = first
  }

  /** The id of the key that seals. */
  get currentKeyId(): string {
    return this.#current.id
  }

  /** Seals a JSON value for the record `boundTo`. */
  seal(value: unknown, boundTo: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#current.key, iv)
    cipher.setAAD(Buffer.from(boundTo, 'utf8'))
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
    return [VERSION, this.#current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':')
  }

  /** Opens an envelope sealed for `boundTo`; a missing key or a tampered envelope is a 500-class problem, never the secret. */
  open(envelope: string, boundTo: string): unknown {
    const [version, keyId, iv, tag, body] = envelope.split(':')
    const key = keyId === undefined ? undefined : this.#keys.get(keyId)
    if (version !== VERSION || key === undefined || iv === undefined || tag === undefined || body === undefined) {
      throw new ProblemError('UT_E_SECRET_KEY', `a stored secret was sealed with key "${keyId ?? '?'}", which is not configured (UNDERTONE_SECRET_KEYS)`)
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      decipher.setAAD(Buffer.from(boundTo, 'utf8'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')) as unknown
    } catch {
      throw new ProblemError('UT_E_SECRET_KEY', 'a stored secret does not open with the configured key (tampered, or sealed for another record)')
    }
  }

  /** Whether an envelope was sealed with an older key (rotation re-seals it). */
  isStale(envelope: string): boolean {
    return envelope.split(':')[1] !== this.#current.id
  }
}
