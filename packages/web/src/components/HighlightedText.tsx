import type { Cue } from '../api'
import { words } from '../format'
import { isContextCue } from '../screens/conversation/context-cues'

function describe(c: Cue): string {
  return `${words(c.kind)} · ${c.explicit ? 'explicit' : 'implied'} · weight ${c.weight > 0 ? '+' : ''}${c.weight}`
}

/**
 * A message with its cue spans marked. Cues may overlap, so the text is cut at every cue edge and
 * each piece is marked with all cues covering it; its tooltip lists them. Cues from the
 * conversation around the message (empty spans) are not marks: MessageItem lists them as reasons.
 */
export function HighlightedText({ text, cues }: { readonly text: string; readonly cues: readonly Cue[] }) {
  const valid = cues.filter((c) => !isContextCue(c, text.length))
  if (valid.length === 0) return <>{text}</>
  const edges = [...new Set([0, text.length, ...valid.flatMap((c) => [c.start, Math.min(c.end, text.length)])])].sort((a, b) => a - b)
  const pieces = []
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number
    const to = edges[i + 1] as number
    const covering = valid.filter((c) => c.start <= from && c.end >= to)
    const piece = text.slice(from, to)
    // A mark of nothing but spaces would read as a highlight of nothing.
    if (covering.length === 0 || piece.trim() === '') {
      pieces.push(piece)
      continue
    }
    const weight = covering.reduce((s, c) => s + c.weight, 0)
    const tone = weight < 0 ? 'neg' : weight > 0 ? 'pos' : 'flat'
    pieces.push(
      <mark key={from} className={`cue cue-${tone}`} title={covering.map(describe).join('\n')} data-cue={covering.map((c) => c.kind).join(' ')}>
        {piece}
      </mark>,
    )
  }
  return <>{pieces}</>
}
