// What `undertone serve` prints once it listens: where the dashboard is, and how to get a key for it.

/** What the start-up lines need to know about the server that started. */
export interface BannerFacts {
  /** The address it listens on, e.g. http://127.0.0.1:8787. */
  readonly url: string
  readonly dialect: string
  readonly worker: boolean
  readonly dashboardBuilt: boolean
  /** The data folder given (flag or environment), when the database is embedded SQLite in it. */
  readonly dataDir?: string
  /** A workspace that exists, to name in the key command (the demo one, when there is one). */
  readonly workspace?: string
  /** Whether this start created the database (the demo key was printed already). */
  readonly fresh: boolean
}

// Quoted only when the shell would split or expand it.
const shellWord = (s: string): string => (/^[\w./:@-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`)

/**
 * The lines `serve` prints when it listens. On a data folder that already had a database nobody
 * was shown a key this time, so the dashboard's address comes with the command that makes one.
 */
export function serveBanner(f: BannerFacts): string {
  const lines = [`Undertone listening on ${f.url} (${f.dialect}${f.worker ? ', with reading worker' : ''}); API docs at ${f.url}/docs`]
  if (!f.dashboardBuilt) lines.push('  Dashboard: not built (npm run build)')
  else lines.push(`  Dashboard: ${f.url}/`)
  if (!f.fresh) {
    const data = f.dataDir === undefined || f.dataDir === './data' ? '' : ` --data ${shellWord(f.dataDir)}`
    lines.push(`  Sign in with a workspace API key. To make one: npx undertone keys create --workspace ${f.workspace === undefined ? '<name>' : shellWord(f.workspace)}${data}`)
  }
  return `${lines.join('\n')}\n`
}
