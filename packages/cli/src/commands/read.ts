import type { Cue, Reading } from '@undertone/engine'

const COLORS: Record<string, string> = { negative: '\u001b[31m', neutral: '\u001b[33m', positive: '\u001b[32m' }
const RESET = '\u001b[0m'
const UNDERLINE = '\u001b[4m'
const DIM = '\u001b[2m'

/** The message with each cue's span marked: underlined on a terminal, [brackets] elsewhere. */
export function highlight(text: string, cues: readonly Cue[], color: boolean): string {
  const spans = cues.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const c of spans) {
    if (c.start < at) continue
    out += text.slice(at, c.start)
    const words = text.slice(c.start, c.end)
    out += color ? `${UNDERLINE}${c.weight < 0 ? COLORS.negative : c.weight > 0 ? COLORS.positive : ''}${words}${RESET}` : `[${words}]`
    at = c.end
  }
  return out + text.slice(at)
}

/** A human-readable rendering of one reading. */
export function formatReading(text: string, r: Reading, color: boolean): string {
  const c = (s: string, code: string | undefined): string => (color && code !== undefined ? `${code}${s}${RESET}` : s)
  const lines: string[] = []
  lines.push(highlight(text, r.cues, color))
  lines.push('')
  const s = r.sentiment
  lines.push(`sentiment   ${c(s.label, COLORS[s.label])}  score ${s.score.toFixed(2)}  confidence ${s.confidence.toFixed(2)}  (neg ${s.probabilities.negative.toFixed(2)} / neu ${s.probabilities.neutral.toFixed(2)} / pos ${s.probabilities.positive.toFixed(2)})`)
  lines.push(`intensity   ${r.intensity.toFixed(2)}`)
  const emo = Object.entries(r.emotions)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => (v >= 0.3 ? `${k} ${v.toFixed(2)}` : c(`${k} ${v.toFixed(2)}`, DIM)))
  lines.push(`emotions    ${emo.join('  ')}`)
  lines.push(`language    ${r.language}${r.languageSupported ? '' : ' (not supported: reading is a guess)'}   domain ${r.domain}`)
  if (r.needsReview) lines.push(`review      ${c('needs review', COLORS.neutral)}: ${r.reviewReasons.join(', ')}`)
  if (r.ignored.length > 0) lines.push(`ignored     ${r.ignored.map((i) => `${i.kind} ${i.start}-${i.end}`).join(', ')}`)
  lines.push('cues')
  for (const cue of r.cues) {
    const pol = cue.weight > 0 ? '+' : cue.weight < 0 ? '-' : ' '
    lines.push(`  ${pol} ${cue.kind.padEnd(20)} ${cue.explicit ? 'explicit' : 'implicit'}  ${cue.text === '' ? '(from earlier messages)' : JSON.stringify(cue.text)}${cue.emotion === undefined ? '' : `  → ${cue.emotion}`}`)
  }
  return lines.join('\n')
}
