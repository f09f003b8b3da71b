/**
 * Reading speed by language (issue 18): the full `read` of the built-in reader on XLM-T validation,
 * English rows against each other language's, one core, best of 8 passes after a warm-up. Also the
 * English rows read by a reader without the multilingual model (English speed must not change).
 *
 *   node_modules/esbuild/bin/esbuild --bundle --platform=node --format=esm \
 *     --log-level=error research/exp-multilingual-speed.ts --outfile=/tmp/exp-ml-speed.mjs && node /tmp/exp-ml-speed.mjs
 */
import { readFileSync } from 'node:fs'
import { createReader, decodeEmotionHeads, decodeModel, decodeMultilingualModel } from '../packages/engine/src/index.js'

const DATA = process.env.DATA ?? '../shared/data'
const rows = readFileSync(`${DATA}/xlm-t-sentiment-multilingual/validation.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { text: string; lang: string })
// The built-in models, read from the assets by hand (a bundle cannot find them the way the Node entry does).
const assets = 'packages/engine/assets/'
const manifest = JSON.parse(readFileSync(`${assets}builtin-models.json`, 'utf8'))
const builtin = {
  base: decodeModel(readFileSync(`${assets}${manifest.sentiment.file}`)),
  heads: decodeEmotionHeads(readFileSync(`${assets}${manifest.heads.file}`)),
  calibration: manifest.sentiment.calibration,
  multilingual: decodeMultilingualModel(readFileSync(`${assets}${manifest.multilingual.file}`)),
}
const withModel = createReader({ builtin })
const englishOnly = createReader({ builtin, multilingual: null })

function rate(reader: ReturnType<typeof createReader>, texts: readonly string[]): number {
  const until = performance.now() + 1000
  while (performance.now() < until) for (const t of texts) reader.read(t)
  let best = 0
  for (let pass = 0; pass < 8; pass++) {
    const t0 = performance.now()
    for (const t of texts) reader.read(t)
    best = Math.max(best, texts.length / ((performance.now() - t0) / 1000))
  }
  return best
}

const english = rows.filter((r) => r.lang === 'en').map((r) => r.text)
const results: [string, number][] = []
for (let round = 0; round < 2; round++) {
  results.push(['en (reader without the multilingual model)', rate(englishOnly, english)])
  results.push(['en', rate(withModel, english)])
  for (const lang of ['ar', 'de', 'es', 'fr', 'hi', 'it', 'pt']) {
    const texts = rows.filter((r) => r.lang === lang).map((r) => r.text)
    const read = texts.filter((t) => withModel.read(t).language === lang).length
    results.push([`${lang} (${read} of ${texts.length} detected as ${lang})`, rate(withModel, texts)])
  }
}
const best = new Map<string, number>()
for (const [k, v] of results) best.set(k, Math.max(best.get(k) ?? 0, v))
const en = best.get('en') as number
for (const [k, v] of best) console.log(`${k.padEnd(48)} ${Math.round(v).toLocaleString('en').padStart(8)} messages/s  ${(en / v).toFixed(2)}x English's time`)
