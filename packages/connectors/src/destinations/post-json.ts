/** The one HTTP delivery every web destination makes: POST a JSON body, anything but a 2xx is an error. */
import { ensureOk } from '../outbound/response-error.js'
import type { BoundedFetch } from '../vendor-adapter.js'

/**
 * POSTs `body` (already serialised, so a signature covers these exact bytes) to `url`. Throws
 * `VendorHttpError` on a non-2xx and whatever the bounded fetch throws; messages name `kind` and the
 * URL's host, never its path (a chat webhook's path is its credential).
 */
export async function postJson(fetch: BoundedFetch, kind: string, url: string, body: string, now: number, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  await ensureOk(response, `${kind} destination ${new URL(url).host}`, now)
}
