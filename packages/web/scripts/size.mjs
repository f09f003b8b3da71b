// Prints the size of the built dashboard and fails the build when its gzipped size is over the
// budget. With --quiet (`npm start` builds before serving) it says something only when over.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

// The budget is on what a browser downloads: the gzipped bytes.
const BUDGET = 300 * 1024
const quiet = process.argv.includes('--quiet')
const dist = fileURLToPath(new URL('../dist', import.meta.url))

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

let raw = 0
let gzipped = 0
for (const path of files(dist)) {
  const bytes = readFileSync(path)
  const gz = gzipSync(bytes, { level: 9 }).length
  raw += bytes.length
  gzipped += gz
  if (!quiet) console.log(`  ${relative(dist, path).padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gzipped`)
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
if (gzipped > BUDGET) {
  console.error(`dashboard bundle ${kb(gzipped)} gzipped: over its budget of ${BUDGET / 1024} KB gzipped (${kb(raw)} before compression)`)
  process.exit(1)
}
if (!quiet) console.log(`dashboard bundle ${kb(gzipped)} gzipped, within its budget of ${BUDGET / 1024} KB gzipped (${kb(raw)} before compression)`)
