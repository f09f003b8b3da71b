import { writeFileSync } from 'node:fs'
import { analyticsSnapshot } from '@undertone/server'
import { type OpenDatabase, findWorkspaceByName } from '@undertone/storage'
import { type ReportData, renderHtml, renderMarkdown } from '../report/render-report.js'

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

/** Renders and writes (or posts to a webhook) a report. */
export async function runReport(open: OpenDatabase, opts: { workspace: string; since: string; format: 'html' | 'md' | 'json'; out?: string; webhook?: string; now?: number }): Promise<number> {
  const since = parseSince(opts.since)
  if (since === undefined) {
    process.stderr.write('--since must look like 30d, 12w or 48h\n')
    return 2
  }
  const data = await buildReport(open, opts.workspace, since, opts.now ?? Date.now())
  if (data === undefined) {
    process.stderr.write(`no workspace named "${opts.workspace}"\n`)
    return 2
  }
  const body = opts.format === 'html' ? renderHtml(data) : opts.format === 'md' ? renderMarkdown(data) : `${JSON.stringify(data, null, 2)}\n`
  if (opts.webhook !== undefined) {
    // A digest for chat or another system: the JSON data plus the Markdown text.
    const res = await fetch(opts.webhook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'undertone.report', workspace: data.workspace, from: data.from, to: data.to, text: renderMarkdown(data), data }) })
    if (!res.ok) {
      process.stderr.write(`webhook answered ${res.status}\n`)
      return 1
    }
  }
  if (opts.out !== undefined) writeFileSync(opts.out, body)
  else if (opts.webhook === undefined) process.stdout.write(body)
  return 0
}
