import { describe, expect, it } from 'vitest'
import { serveBanner } from '../src/commands/serve-banner.js'

const base = { url: 'http://127.0.0.1:8787', dialect: 'sqlite', worker: true, dashboardBuilt: true }

describe('serveBanner', () => {
  it('gives the dashboard address, and on a restart the command that makes a key', () => {
    const text = serveBanner({ ...base, fresh: false, dataDir: '/srv/undertone data', workspace: 'demo' })
    expect(text).toMatch(/^Undertone listening on http:\/\/127\.0\.0\.1:8787 \(sqlite, with reading worker\)/)
    expect(text).toContain('Dashboard: http://127.0.0.1:8787/\n')
    expect(text).toContain("npx undertone keys create --workspace demo --data '/srv/undertone data'\n")
  })

  it('names no data folder for the default one or for PostgreSQL, and a placeholder without a demo workspace', () => {
    expect(serveBanner({ ...base, fresh: false, dataDir: './data', workspace: 'demo' })).toContain('keys create --workspace demo\n')
    const pg = serveBanner({ ...base, dialect: 'postgres', fresh: false })
    expect(pg).toContain('keys create --workspace <name>\n')
    expect(pg).not.toContain('--data')
  })

  it('says nothing of keys on a fresh start, where the demo key was just printed, and says when the dashboard is not built', () => {
    const text = serveBanner({ ...base, worker: false, dashboardBuilt: false, fresh: true, dataDir: './data' })
    expect(text).not.toContain('keys create')
    expect(text).toContain('Dashboard: not built (npm run build)')
    expect(text).toContain('(sqlite)')
  })
})
