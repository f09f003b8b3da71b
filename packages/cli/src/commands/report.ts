import { writeFile } from 'node:fs/promises'
import { analyticsSnapshot } from '@undertone/server'
import { type OpenDatabase, findWorkspaceByName } from '@undertone/storage'
import { fileError } from '../cli-error.js'
import { DEFAULT_WEBHOOK_LIMITS, type WebhookLimits, postWebhook } from '../report/post-webhook.js'
import { type ReportData, renderHtml, renderMarkdown } from '../report/render-report.js'
import type { Out } from './service.js'

/** Parses "30d", "12w", "6h" into milliseconds. */
export function parseSince(s: string): number | undefined {
  const m = /^(\d+)([hdw])$/.exec(s.trim())
  if (m === null) return undefined
  return Number(m[1]) * (m[2] === 'h' ? 3_600_000 : m[2] === 'd' ? 86_400_000 : 7 * 86_400_000)
}

/** Builds the report of a workspace for the period ending now. */
export async function buildReport(open: OpenDatabase, workspace: string, sinceMs: number, now: number): Promise<ReportData | undefined> {
  const ws = await findWorkspaceByName(open.db, workspace)
  if (ws === undefined) return undefined
  return { workspace, ...(await analyticsSnapshot(open.db, ws.id, now - sinceMs, now)) }
}

/** Options of `undertone report`. */
export interface ReportOptions {
  readonly workspace: string
  readonly since: string
  readonly format: 'html' | 'md' | 'json'
  readonly out?: string
  readonly webhook?: string
  readonly webhookLimits?: WebhookLimits
  readonly now?: number
}

/**
 * Renders a report and writes it (to `out` or standard output) or posts it to a webhook, or both.
 * Returns the exit code; a file that cannot be written or a webhook that fails throws a CliError.
 */
export async function runReport(open: OpenDatabase, opts: ReportOptions, out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const since = parseSince(opts.since)
  if (since === undefined) {
    err.write('--since must look like 30d, 12w or 48h\n')
    return 2
  }
  const data = await buildReport(open, opts.workspace, since, opts.now ?? Date.now())
  if (data === undefined) {
    err.write(`no workspace named "${opts.workspace}"\n`)
    return 2
  }
  const body = opts.format === 'html' ? renderHtml(data) : opts.format === 'md' ? renderMarkdown(data) : `${JSON.stringify(data, null, 2)}\n`
  // The file first: a path that cannot be written fails before anything has been sent.
  if (opts.out !== undefined) await writeFile(opts.out, body).catch((e: unknown) => Promise.reject(fileError(e, opts.out as string, 'write')))
  if (opts.webhook !== undefined) {
    // A digest for chat or another system: the JSON data plus the Markdown text.
    await postWebhook(opts.webhook, { type: 'undertone.report', workspace: data.workspace, from: data.from, to: data.to, text: renderMarkdown(data), data }, opts.webhookLimits ?? DEFAULT_WEBHOOK_LIMITS)
  } else if (opts.out === undefined) out.write(body)
  return 0
}
