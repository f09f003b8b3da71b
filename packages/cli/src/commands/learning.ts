import { readFile } from 'node:fs/promises'
import type { Reader } from '@undertone/engine'
import { LEARN_QUEUE, type LearnJob, READ_QUEUE, type ReadJob, WorkspaceAdaptations, importCorrections, parseCorrectionRows, promoteVersion, retrainWorkspace, rollbackVersion } from '@undertone/server'
import { findMessage, insertCorrections, listModelVersions, modelVersion, readingVerdict } from '@undertone/storage'
import { randomUUID } from 'node:crypto'
import { fileError } from '../cli-error.js'
import type { ServiceConfig } from '../config.js'
import { type Out, withWorkspace } from './service.js'

const pct = (x: unknown): string => (typeof x === 'number' ? `${(x * 100).toFixed(1)}%` : '–')

/**
 * `undertone train --workspace W`: a full retrain of the workspace's adapter from its corrections.
 * The new version is kept with its held-out metrics; it is promoted only when it beats the active
 * one, and then a rescore of recent messages is queued for the worker.
 */
export async function runWorkspaceTrain(config: ServiceConfig, reader: Reader, workspace: string, opts: { promote: boolean }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, workspace, err, async (s, workspaceId) => {
    const r = await retrainWorkspace(s.open.db, reader, workspaceId, Date.now, { promote: opts.promote })
    const m = r.version.metrics as { heldOut: { macroF1: number; accuracy: number; n: number }; current: { version: string; heldOut: { macroF1: number } } }
    out.write(`version ${r.version.number} (${r.version.id}): trained on ${r.version.trainedOn} corrections, held-out ${m.heldOut.n}\n`)
    out.write(`held-out macro-F1 ${pct(m.heldOut.macroF1)} (accuracy ${pct(m.heldOut.accuracy)}) vs current ${m.current.version} ${pct(m.current.heldOut.macroF1)}\n`)
    out.write(`${r.promoted ? 'promoted' : r.decision.promote ? 'not promoted (--no-promote); promote with `undertone models promote`' : 'not promoted'}: ${r.decision.reason}\n`)
    if (r.promoted) {
      await s.queue.enqueue<LearnJob>(LEARN_QUEUE, [{ kind: 'rescore', workspaceId }])
      out.write('a rescore of recent messages is queued for the worker\n')
    }
    return 0
  })
}

/** `undertone corrections import <file>`: bulk corrections (CSV or JSON Lines), all or nothing unless --skip-invalid. */
export async function runCorrectionsImport(config: ServiceConfig, reader: Reader, opts: { workspace: string; file: string; format: 'csv' | 'jsonl'; reviewer: string; skipInvalid: boolean }, out: Out, err: Out): Promise<number> {
  const text = await readFile(opts.file, 'utf8').catch((e: unknown) => Promise.reject(fileError(e, opts.file, 'read')))
  const parsed = await parseCorrectionRows(text, opts.format)
  return withWorkspace(config, opts.workspace, err, async (s, workspaceId) => {
    const adaptation = await new WorkspaceAdaptations(s.open.db, Date.now).get(workspaceId)
    const r = await importCorrections(s.open.db, workspaceId, parsed, { reviewer: opts.reviewer, skipInvalid: opts.skipInvalid, reader, adaptation, now: Date.now() })
    for (const e of r.errors.slice(0, 20)) err.write(`line ${e.line}: ${e.message}\n`)
    if (r.errors.length > 20) err.write(`… and ${r.errors.length - 20} more\n`)
    if (r.errors.length > 0 && !opts.skipInvalid) {
      err.write(`nothing imported: ${r.errors.length} row(s) are not valid (fix them, or pass --skip-invalid)\n`)
      return 1
    }
    out.write(`imported ${r.imported} corrections${r.errors.length > 0 ? `, skipped ${r.errors.length}` : ''}\n`)
    return 0
  })
}

/** `undertone corrections add`: one correction from the command line. */
export async function runCorrectionAdd(config: ServiceConfig, opts: { workspace: string; message: string; label: 'negative' | 'neutral' | 'positive'; reviewer: string }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, opts.workspace, err, async (s, workspaceId) => {
    const msg = await findMessage(s.open.db, workspaceId, opts.message)
    if (msg === undefined) {
      err.write(`no message ${opts.message} in workspace "${opts.workspace}"\n`)
      return 2
    }
    const reading = await readingVerdict(s.open.db, workspaceId, opts.message)
    await insertCorrections(s.open.db, workspaceId, [{ id: randomUUID(), messageId: opts.message, reviewer: opts.reviewer, label: opts.label, source: 'cli', createdAt: Date.now(), ...(reading === undefined ? {} : { predictedLabel: reading.label, modelVersion: reading.modelVersion }) }])
    await s.queue.enqueue<ReadJob>(READ_QUEUE, [{ workspaceId, messageIds: [opts.message] }], { group: workspaceId })
    out.write(`stored: ${opts.message} is ${opts.label}${reading === undefined ? '' : ` (the reader said ${reading.label})`}\n`)
    return 0
  })
}


/** `undertone models list|show|promote|rollback`. */
export async function runModels(config: ServiceConfig, action: 'list' | 'show' | 'promote' | 'rollback', opts: { workspace: string; id?: string }, out: Out, err: Out): Promise<number> {
  return withWorkspace(config, opts.workspace, err, async (s, workspaceId) => {
    const db = s.open.db
    if (action === 'list') {
      const versions = await listModelVersions(db, workspaceId)
      if (versions.length === 0) out.write('no versions yet: the workspace reads with the base model\n')
      for (const v of versions) {
        const m = v.metrics as { heldOut?: { macroF1?: number; n?: number }; current?: { heldOut?: { macroF1?: number } } }
        out.write(`${v.number}\t${v.id}\t${v.status}\ttrained on ${v.trainedOn}\theld-out macro-F1 ${pct(m.heldOut?.macroF1)} (n=${m.heldOut?.n ?? 0}) vs ${pct(m.current?.heldOut?.macroF1)}\t${new Date(v.createdAt).toISOString()}\n`)
      }
      return 0
    }
    if (action === 'rollback') {
      const r = await rollbackVersion(db, workspaceId, Date.now())
      if (r === undefined) {
        err.write('the workspace already reads with the base model\n')
        return 1
      }
      await s.queue.enqueue<LearnJob>(LEARN_QUEUE, [{ kind: 'rescore', workspaceId }])
      out.write(`rolled back from ${r.previous} to ${r.active ?? 'the base model'}; a rescore is queued\n`)
      return 0
    }
    if (opts.id === undefined) {
      err.write(`give the version: --id <id>\n`)
      return 2
    }
    const v = await modelVersion(db, workspaceId, opts.id)
    if (v === undefined) {
      err.write(`no version ${opts.id} in workspace "${opts.workspace}"\n`)
      return 2
    }
    if (action === 'show') {
      const { weights: _w, ...rest } = v
      out.write(`${JSON.stringify(rest, null, 2)}\n`)
      return 0
    }
    if (v.status === 'rejected') {
      err.write(`version ${v.number} did not beat the version active when it was trained; it cannot be promoted\n`)
      return 1
    }
    await promoteVersion(db, workspaceId, v.id, Date.now())
    await s.queue.enqueue<LearnJob>(LEARN_QUEUE, [{ kind: 'rescore', workspaceId }])
    out.write(`version ${v.number} is active; a rescore is queued\n`)
    return 0
  })
}
