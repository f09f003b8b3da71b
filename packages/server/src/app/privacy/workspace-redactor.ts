import { type Redactor, compileRedactor } from '@undertone/analysis'
import type { Database, WorkspaceSettings } from '@undertone/storage'
import type { Kysely } from 'kysely'
import { loadSettings, redactionPolicy } from '../workspace-settings.js'

/** Compiled policies by their content, so a batch pays one settings read and no compiling. */
const compiled = new Map<string, Redactor>()
const MAX_COMPILED = 256

/**
 * The redactor of a workspace's current privacy settings (every built-in kind on unless the
 * workspace turned one off, plus its extra rules): loaded once per batch by every way text
 * comes in, before anything is stored.
 */
export async function workspaceRedactor(db: Kysely<Database>, workspaceId: string): Promise<Redactor> {
  return redactorOf(await loadSettings(db, workspaceId))
}

/** The redactor of settings already loaded. */
export function redactorOf(settings: WorkspaceSettings): Redactor {
  const policy = redactionPolicy(settings)
  const key = JSON.stringify(policy)
  let redactor = compiled.get(key)
  if (redactor === undefined) {
    redactor = compileRedactor(policy)
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string)
    compiled.set(key, redactor)
  }
  return redactor
}
