import { type Adaptation, CorrectionMemory, cueKey, decodeAdapter } from '@undertone/engine'
import { type Database, activeModelVersion, activeModelVersionId, correctionStamp, workspaceCorrections } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { CorrectionTally } from './correction-tally.js'

interface Entry {
  adaptation: Adaptation | undefined
  stamp: string
  versionId: string | undefined
  checkedAt: number
  /** Newest correction time folded into the memory; later ones are added incrementally. */
  last: number
  tally: CorrectionTally
  memory: CorrectionMemory
  weights: Adaptation['weights']
  /** Per "kind:matched text": how often reviewers judged the cue, and how often wrong. */
  cueVotes: Map<string, { wrong: number; total: number }>
  seen: Set<string>
}

/** A cue judged at least this often, and wrong at least this share of the time, is dropped. */
const CUE_MIN_VOTES = 2
const CUE_WRONG_SHARE = 0.6

/**
 * Each workspace's adaptation (its active version and the memory of its corrections), loaded on
 * demand and kept fresh: a process checks at most every `checkMs` whether corrections or the
 * active version changed (two cheap queries), and folds new corrections into the memory without
 * rebuilding it. A correction made through this process is visible at once; one made through
 * another process within `checkMs`. Cues that reviewers keep marking wrong ("kind:matched text",
 * judged at least twice, wrong at least 60% of the time) are dropped from the workspace's
 * readings. Workspaces never share an entry.
 */
export class WorkspaceAdaptations {
  private readonly entries = new Map<string, Entry>()
  private readonly checkMs: number

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => number,
    options: { checkMs?: number } = {},
  ) {
    this.checkMs = options.checkMs ?? 1000
  }

  /** Forces the next `get` to look for changes (after a correction or a promotion here). */
  invalidate(workspaceId: string): void {
    const e = this.entries.get(workspaceId)
    if (e !== undefined) e.checkedAt = Number.NEGATIVE_INFINITY
  }

  /** Drops what this process holds of the workspace (its correction memory keeps texts): rebuilt from storage when next asked. */
  forget(workspaceId: string): void {
    this.entries.delete(workspaceId)
  }

  /** The workspace's adaptation, or undefined when it reads with the plain base model. */
  async get(workspaceId: string): Promise<Adaptation | undefined> {
    const now = this.clock()
    let e = this.entries.get(workspaceId)
    if (e !== undefined && now - e.checkedAt < this.checkMs) return e.adaptation
    const [stamp, versionId] = await Promise.all([correctionStamp(this.db, workspaceId), activeModelVersionId(this.db, workspaceId)])
    if (e !== undefined && e.stamp === stamp && e.versionId === versionId) {
      e.checkedAt = now
      return e.adaptation
    }
    // Fewer corrections than before: some were erased (a customer's), and their texts leave the memory.
    const erased = e !== undefined && Number.parseInt(stamp, 10) < Number.parseInt(e.stamp, 10)
    if (e === undefined || e.versionId !== versionId || stamp.startsWith('0:') || erased) {
      const active = versionId === undefined ? undefined : await activeModelVersion(this.db, workspaceId)
      e = { adaptation: undefined, stamp: '', versionId: active?.id, checkedAt: now, last: 0, tally: e?.tally ?? new CorrectionTally(), memory: e?.memory ?? new CorrectionMemory(), weights: active === undefined ? undefined : decodeAdapter(active.weights), cueVotes: e?.cueVotes ?? new Map(), seen: e?.seen ?? new Set() }
      if (stamp.startsWith('0:') || erased) {
        e.tally.clear()
        e.cueVotes.clear()
        e.seen.clear()
        e.memory = new CorrectionMemory()
      }
      this.entries.set(workspaceId, e)
    }
    await this.fold(workspaceId, e)
    e.stamp = stamp
    e.checkedAt = now
    const version = e.weights?.version ?? 'base'
    const rejectedCues = new Set([...e.cueVotes].filter(([, v]) => v.total >= CUE_MIN_VOTES && v.wrong / v.total >= CUE_WRONG_SHARE).map(([k]) => k))
    e.adaptation = e.weights === undefined && e.memory.size === 0 && rejectedCues.size === 0 ? undefined : { version, memory: e.memory, ...(e.weights === undefined ? {} : { weights: e.weights }), ...(rejectedCues.size === 0 ? {} : { rejectedCues }) }
    return e.adaptation
  }

  private async fold(workspaceId: string, e: Entry): Promise<void> {
    const rows = await workspaceCorrections(this.db, workspaceId, e.last)
    const touched = new Set<string>()
    for (const r of rows) {
      // Rows at the boundary time are fetched again; each correction counts once.
      if (e.seen.has(r.id)) continue
      e.seen.add(r.id)
      e.tally.add(r)
      if (r.cues !== null && r.text !== null)
        for (const c of r.cues) {
          const key = cueKey(c.kind, r.text.slice(c.start, c.end))
          const v = e.cueVotes.get(key) ?? { wrong: 0, total: 0 }
          v.total++
          if (!c.correct) v.wrong++
          e.cueVotes.set(key, v)
        }
      touched.add(r.messageId)
      e.last = Math.max(e.last, r.createdAt)
    }
    for (const id of touched) {
      const m = e.tally.resolve(id)
      // Reviewers who now disagree (or a withdrawn mark) leave nothing to pull similar messages toward.
      if (m === undefined || (m.label === undefined && m.emotions === undefined)) e.memory.forget(id)
      else e.memory.add({ id, text: m.text, ...(m.label === undefined ? {} : { label: m.label }), ...(m.emotions === undefined ? {} : { emotions: m.emotions }) })
    }
  }
}
