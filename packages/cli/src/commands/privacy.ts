import { CLI_ACTOR, customerExport, eraseCustomerData, runRetention, toWire } from '@undertone/server'
import type { ServiceConfig } from '../config.js'
import { type Out, withWorkspace } from './service.js'

/**
 * `undertone retention run --workspace W [--days N]`: empties the texts of messages older than the
 * workspace's retention period (or N days), now, in small chunks; readings and analytics stay.
 */
export async function runRetentionCommand(config: ServiceConfig, workspace: string, days: number | undefined, out: Out, err: Out): Promise<number> {
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
    err.write('--days must be a whole number of days from 1 up\n')
    return 2
  }
  return withWorkspace(config, workspace, err, async ({ open }, workspaceId) => {
    const r = await runRetention(open.db, workspaceId, Date.now(), { days, actor: CLI_ACTOR })
    if (r.cutoff === null) out.write(`workspace "${workspace}" keeps message texts forever (no retention period; give --days N)\n`)
    else out.write(`texts before ${new Date(r.cutoff).toISOString()} removed: ${r.messages} messages, ${r.corrections} corrections, ${r.driverDays} drivers day tallies\n`)
    return 0
  })
}

/** `undertone customers export <id> --workspace W`: everything stored about the customer, as JSON on stdout (as the API answers it). */
export async function runCustomerExport(config: ServiceConfig, id: string, workspace: string, source: string, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async ({ open }, workspaceId) => {
    const data = await customerExport(open.db, workspaceId, id, source, CLI_ACTOR, Date.now())
    out.write(`${JSON.stringify(toWire(data), null, 2)}\n`)
    return 0
  })
}

/** `undertone customers erase <id> --workspace W`: erases the customer and prints the receipt (JSON, as the API answers it). */
export async function runCustomerErase(config: ServiceConfig, id: string, workspace: string, source: string, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async ({ open }, workspaceId) => {
    const receipt = await eraseCustomerData({ db: open.db, clock: Date.now }, workspaceId, id, source, CLI_ACTOR)
    out.write(`${JSON.stringify(toWire(receipt), null, 2)}\n`)
    return 0
  })
}
