import { createHmac, timingSafeEqual } from 'node:crypto'

/** Constant-time equality of two strings (compared as UTF-8 bytes; unequal lengths compare a dummy first). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  if (x.length !== y.length) {
    timingSafeEqual(x, x)
    return false
  }
  return timingSafeEqual(x, y)
}

/** HMAC of `data` under `secret`, in the encoding the scheme uses. */
export function hmac(algorithm: 'sha1' | 'sha256', secret: string, data: Uint8Array | string, encoding: 'hex' | 'base64'): string {
  return createHmac(algorithm, secret).update(data).digest(encoding)
}
