import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const SCANNED = ['packages/server/src', 'packages/cli/src']
/** Query-builder calls and raw SQL: these belong in packages/storage, one concept per repository file. */
const QUERY = /\b(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : []
  })
}

describe('queries live in packages/storage', () => {
  it('no server or CLI source file builds a query or writes SQL', () => {
    const offenders = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (QUERY.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
      )
    expect(offenders).toEqual([])
  })
})
