import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureWorkspace } from '@undertone/storage'
import { describe, expect, it } from 'vitest'
import { openServices } from '../src/commands/service.js'
import { parseConfig } from '../src/config.js'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const run = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env } })
const mode = (path: string): number => statSync(path).mode & 0o777

describe('the data folder', () => {
  it('keeps the database to its owner: folder 0700, database, -wal and -shm files 0600', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'undertone-modes-')), 'data')
    const services = await openServices(parseConfig({}, { data }))
    try {
      // A write, so that SQLite has its -wal and -shm files open beside the database.
      await ensureWorkspace(services.open.db, 'private', Date.now())
      const file = join(data, 'undertone.db')
      expect([`${file}-wal`, `${file}-shm`].every((f) => existsSync(f))).toBe(true)
      expect({ folder: mode(data), db: mode(file), wal: mode(`${file}-wal`), shm: mode(`${file}-shm`) }).toEqual({ folder: 0o700, db: 0o600, wal: 0o600, shm: 0o600 })
    } finally {
      await services.close()
    }
  })

  it('takes a data folder that has no database as a mistake when asked only for what is there', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'undertone-existing-')), 'data')
    await expect(openServices(parseConfig({}, { data }), { existing: true })).rejects.toMatchObject({ code: 'UT_E_NO_DATABASE' })
    expect(existsSync(data)).toBe(false)
  })

  it.skipIf(!built)('is UNDERTONE_DATA_DIR unless --data names another', () => {
    const root = mkdtempSync(join(tmpdir(), 'undertone-data-env-'))
    const fromEnv = join(root, 'from-env')
    const fromFlag = join(root, 'from-flag')
    expect(run(['keys', 'create', '--workspace', 'w'], { UNDERTONE_DATA_DIR: fromEnv }).status).toBe(0)
    expect(existsSync(join(fromEnv, 'undertone.db'))).toBe(true)
    expect(run(['keys', 'list', '--workspace', 'w'], { UNDERTONE_DATA_DIR: fromEnv }).stdout).toMatch(/\tcli\t.*active/)
    // The flag wins: the env folder's workspace is not found there, and nothing is created.
    const flagged = run(['keys', 'list', '--workspace', 'w', '--data', fromFlag], { UNDERTONE_DATA_DIR: fromEnv })
    expect(flagged.status).toBe(2)
    expect(flagged.stderr).toContain(`no database in ${fromFlag}`)
    expect(existsSync(fromFlag)).toBe(false)
  })
})
