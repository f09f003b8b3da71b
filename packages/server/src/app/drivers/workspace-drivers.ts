import { type Driver, type DriverTally, type StoredTally, addTally, compactTally, decodeTally, emptyTally, encodeTally, rankDrivers, tallyDrivers } from '@undertone/analysis'
import { type Database, type DriverDay, dailyReadCounts, driverDayHeaders, driverSample, driverSnapshotWindows, loadDriverDays, saveDriverDay, saveDriverSnapshot } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { type WorkspaceSettings, loadSettings } from '../workspace-settings.js'

const DAY = 86_400_000
/** Messages tallied per day: enough to rank phrases by share on a busy workspace, cheap on any. */
export const DRIVER_DAY_SAMPLE = 1500
/** Phrases kept per stored day (those mentioned most in negative messages; the rest cannot rank). */
const PHRASES_PER_DAY = 400

type Topics = NonNullable<WorkspaceSettings['topics']>

async function workspaceTopics(db: Kysely<Database>, workspaceId: string): Promise<{ topics?: Topics['topics']; version: number }> {
  const t = (await loadSettings(db, workspaceId)).topics
  return t === undefined ? { version: 0 } : { topics: t.topics, version: t.computedAt }
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0))

/** Tallies one completed day from a sample of its messages and stores it. */
async function tallyAndStoreDay(db: Kysely<Database>, workspaceId: string, day: number, counts: { messages: number; negative: number }, topics: { topics?: Topics['topics']; version: number }, now: number): Promise<DriverDay> {
  const rows = await driverSample(db, workspaceId, day, day + DAY, DRIVER_DAY_SAMPLE)
  const tally = compactTally(tallyDrivers(rows, topics.topics), PHRASES_PER_DAY)
  const d: DriverDay = {
    day,
    messages: counts.messages,
    negative: counts.negative,
    sampled: rows.length,
    topicsVersion: topics.version,
    computedAt: now,
    body: encodeTally(tally),
  }
  await saveDriverDay(db, workspaceId, d)
  return d
}

/**
 * The top 50 drivers of negative feeling in the `days` before `now` against the `days` before
 * that. Completed days come from their stored tallies (tallied now if missing), scaled from their
 * sample up to the day's volume and taken in proportion to how much of the day each window covers;
 * the day in progress is tallied live. A window of any length or end costs one read of stored
 * tallies, not a pass over its messages.
 */
export async function computeDrivers(db: Kysely<Database>, workspaceId: string, now: number, days: number, clockNow: number = now): Promise<Driver[]> {
  const start = now - 2 * days * DAY
  const mid = now - days * DAY
  const firstDay = Math.floor(start / DAY) * DAY
  const lastDay = Math.floor((now - 1) / DAY) * DAY
  const today = Math.floor(clockNow / DAY) * DAY
  const topics = await workspaceTopics(db, workspaceId)
  const counts = await dailyReadCounts(db, workspaceId, firstDay, lastDay + DAY)
  const stored = new Map((await loadDriverDays(db, workspaceId, firstDay, Math.min(lastDay + DAY, today))).map((d) => [d.day, d]))
  const nowTally = emptyTally()
  const prevTally = emptyTally()
  const withoutTopics = (k: string): boolean => !k.startsWith('topic:')
  for (let day = firstDay; day <= lastDay; day += DAY) {
    const c = counts.get(day)
    if (day >= today) {
      // The day in progress: it lies wholly in the current window (days ≥ 1).
      const rows = await driverSample(db, workspaceId, Math.max(day, start), now, DRIVER_DAY_SAMPLE)
      const scale = rows.length < DRIVER_DAY_SAMPLE || c === undefined ? 1 : c.messages / rows.length
      addTally(nowTally, tallyDrivers(rows, topics.topics), scale)
      continue
    }
    if (c === undefined || c.messages === 0) continue
    const d = stored.get(day) ?? (await tallyAndStoreDay(db, workspaceId, day, c, topics, clockNow))
    if (d.sampled === 0) continue
    const tally: DriverTally = decodeTally(d.body as StoredTally)
    const scale = c.messages / d.sampled
    // The day's exact negative count (from the rollups), so shares use the true denominators.
    tally.negative = c.negative / scale
    const keep = d.topicsVersion === topics.version ? undefined : withoutTopics
    const fNow = overlap(day, day + DAY, mid, now) / DAY
    const fPrev = overlap(day, day + DAY, start, mid) / DAY
    if (fPrev > 0) addTally(prevTally, tally, scale * fPrev, keep)
    if (fNow > 0) {
      // A day cut by the window's edges lends its counts in proportion; its examples must still
      // be inside (dropped before merging, so the days inside can supply the newest ones).
      if (fNow < 1) for (const t of tally.keys.values()) t.examples = t.examples.filter((e) => e.at >= mid && e.at < now)
      addTally(nowTally, tally, scale * fNow, keep)
    }
  }
  return rankDrivers(nowTally, prevTally, { limit: 50, ...(topics.topics === undefined ? {} : { topics: topics.topics }) })
}

/**
 * Tallies the completed days of the last `horizonDays` that are missing or stale: their volume or
 * negative count moved since (late imports, a rescore) or the topics were found again. Newest
 * first, at most `maxDays` per call, so a worker tick stays short. Returns how many it tallied.
 */
export async function refreshDriverDays(db: Kysely<Database>, workspaceId: string, clockNow: number, options: { horizonDays?: number; maxDays?: number } = {}): Promise<number> {
  const today = Math.floor(clockNow / DAY) * DAY
  const windows = await driverSnapshotWindows(db, workspaceId)
  const horizon = options.horizonDays ?? Math.min(180, Math.max(14, 2 * Math.max(0, ...windows)))
  const from = today - horizon * DAY
  const counts = await dailyReadCounts(db, workspaceId, from, today)
  const headers = new Map((await driverDayHeaders(db, workspaceId, from, today)).map((h) => [h.day, h]))
  const topics = await workspaceTopics(db, workspaceId)
  const stale = [...counts.entries()]
    .filter(([day, c]) => {
      const h = headers.get(day)
      return c.messages > 0 && (h === undefined || h.messages !== c.messages || h.negative !== c.negative || h.topicsVersion !== topics.version)
    })
    .map(([day]) => day)
    .sort((a, b) => b - a)
    .slice(0, options.maxDays ?? 30)
  for (const day of stale) await tallyAndStoreDay(db, workspaceId, day, counts.get(day) as { messages: number; negative: number }, topics, clockNow)
  return stale.length
}

/** Brings the day tallies up to date, then recomputes the drivers snapshots a workspace has asked for. */
export async function refreshDriverSnapshots(db: Kysely<Database>, workspaceId: string, now: number): Promise<void> {
  await refreshDriverDays(db, workspaceId, now)
  for (const days of await driverSnapshotWindows(db, workspaceId)) await saveDriverSnapshot(db, workspaceId, days, now, { now, drivers: await computeDrivers(db, workspaceId, now, days) })
}
