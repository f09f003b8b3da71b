import { resealSecrets } from '@undertone/server'
import { CliError } from '../cli-error.js'
import type { ServiceConfig } from '../config.js'
import { connectorRuntime } from './connector-runtime.js'
import { type Out, openServices } from './service.js'

/**
 * `undertone secrets rotate`: re-seals every connector and destination secret under the first key
 * of `UNDERTONE_SECRET_KEYS`. Run it with the new key first and the old one still listed; when it
 * says nothing is left on an old key, drop the old one.
 */
export async function runSecretsRotate(config: ServiceConfig, out: Out): Promise<number> {
  const box = connectorRuntime(config).secretBox
  if (box === undefined) throw new CliError('UT_E_SECRET_KEY', 'no secret key: set UNDERTONE_SECRET_KEYS (new key first, then the old one)')
  const services = await openServices(config, { existing: true })
  try {
    const { resealed, current } = await resealSecrets(services.open.db, box)
    out.write(`${resealed} secret(s) re-sealed under key "${box.currentKeyId}"; ${current} already were. Keys after the first can be dropped from UNDERTONE_SECRET_KEYS now.\n`)
    return 0
  } finally {
    await services.close()
  }
}
