import { readFileSync } from 'node:fs'
import { createReader } from '../packages/engine/src/index.js'
const texts = readFileSync('/work/shared/data/tweeteval-sentiment/validation.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
const reader = createReader()
for (let r = 0; r < 3; r++) for (const t of texts) reader.read(t)
for (let rep = 0; rep < 3; rep++) {
const t0 = performance.now()
for (let r = 0; r < 10; r++) for (const t of texts) reader.read(t)
console.log('full read', ((performance.now() - t0) * 1000 / texts.length / 10).toFixed(2), 'us/msg')
}
