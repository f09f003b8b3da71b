// Prints the gzipped size of the built dashboard and fails the build above the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET = 300 * 1024
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
  console.log(`  ${relative(dist, path).padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gzipped`)
}
console.log(`dashboard bundle: ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`)
if (gzipped > BUDGET) {
  console.error('the dashboard is over its gzipped size budget')
  process.exit(1)
}
