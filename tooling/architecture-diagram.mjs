#!/usr/bin/env node
// `npm run docs:architecture`: draws docs/architecture.md's diagram from the code itself: which
// package depends on which (package.json), and which of the server's layers imports which
// (relative imports under packages/server/src). Prints the Mermaid text; with --write it replaces
// the block between the diagram markers in docs/architecture.md. A test fails when the block and
// the code disagree, so the diagram cannot drift.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const DOC = join(root, 'docs', 'architecture.md')
export const START = '<!-- diagram:start (npm run docs:architecture) -->'
export const END = '<!-- diagram:end -->'

/** The server's layers: folders of packages/server/src; files at its top are the composition root and the reading pipeline. */
const LAYERS = ['http', 'app', 'worker']

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : []
  })
}

function layerOf(src, file) {
  const top = relative(src, file).split(sep)[0]
  return LAYERS.includes(top) ? top : 'root'
}

/** The Mermaid text of the diagram, from the repository at `dir`. */
export function architectureDiagram(dir = root) {
  const lines = ['```mermaid', 'flowchart LR']
  const packages = readdirSync(join(dir, 'packages')).filter((p) => statSync(join(dir, 'packages', p)).isDirectory()).sort()
  lines.push('  subgraph packages')
  for (const p of packages) {
    const pkg = JSON.parse(readFileSync(join(dir, 'packages', p, 'package.json'), 'utf8'))
    const deps = (field) => Object.keys(pkg[field] ?? {}).filter((d) => d.startsWith('@undertone/')).map((d) => d.slice('@undertone/'.length)).sort()
    lines.push(`    ${p}[${p}]`)
    for (const d of deps('dependencies')) lines.push(`    ${p} --> ${d}`)
    // Type-only dependencies (the dashboard's typed client) are dotted.
    for (const d of deps('devDependencies')) lines.push(`    ${p} -.-> ${d}`)
  }
  lines.push('  end')
  const src = join(dir, 'packages', 'server', 'src')
  const edges = new Set()
  for (const file of files(src)) {
    const from = layerOf(src, file)
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = layerOf(src, join(file, '..', spec))
      if (to !== from) edges.add(`server_${from} --> server_${to}`)
    }
  }
  lines.push('  subgraph server layers')
  lines.push('    server_root[create-app, reading pipeline]')
  for (const l of LAYERS) lines.push(`    server_${l}[${l}/]`)
  for (const e of [...edges].sort()) lines.push(`    ${e}`)
  lines.push('  end')
  lines.push('```')
  return lines.join('\n')
}

/** docs/architecture.md with its diagram block replaced by `diagram`. */
export function withDiagram(doc, diagram) {
  const a = doc.indexOf(START)
  const b = doc.indexOf(END)
  if (a < 0 || b < a) throw new Error(`docs/architecture.md has no ${START} … ${END} block`)
  return `${doc.slice(0, a + START.length)}\n${diagram}\n${doc.slice(b)}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const diagram = architectureDiagram()
  if (process.argv.includes('--write')) writeFileSync(DOC, withDiagram(readFileSync(DOC, 'utf8'), diagram))
  else process.stdout.write(`${diagram}\n`)
}
