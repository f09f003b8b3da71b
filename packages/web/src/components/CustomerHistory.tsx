import { useCallback, useMemo } from 'react'
import type uPlot from 'uplot'
import type { CustomerAnalysis } from '../api'
import { day } from '../format'
import { Chart, seriesColor } from './Chart'
import { CONVERSATION_GAPS, gapsAfter } from './chart-gaps'
import { historyReadout, spanWords } from './history-readout'

/**
 * Each conversation's sentiment and escalation at the time it happened. The line breaks across a
 * silence (see CONVERSATION_GAPS), so it never suggests how the customer felt while not writing;
 * the readout under it says the latest conversation, or the one pointed at, in words.
 */
export function CustomerHistory({ interactions }: { readonly interactions: CustomerAnalysis['interactions'] }) {
  const sorted = useMemo(() => [...interactions].sort((a, b) => a.at - b.at), [interactions])
  const data = useMemo<uPlot.AlignedData>(() => [sorted.map((i) => i.at / 1000), sorted.map((i) => i.score), sorted.map((i) => i.escalation)], [sorted])
  const silences = useMemo(() => gapsAfter(data[0] as number[], CONVERSATION_GAPS).map((i) => (sorted[i + 1]?.at ?? 0) - (sorted[i]?.at ?? 0)), [data, sorted])
  const options = useCallback(
    () => ({
      // A little room at each end (at least a day), so the first and last points are not cut in half by the frame.
      scales: { x: { time: true, range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - Math.max(86_400, (max - min) * 0.03), max + Math.max(86_400, (max - min) * 0.03)] }, y: { range: [-1, 1] as [number, number] } },
      series: [{}, { label: 'sentiment', stroke: seriesColor(0), width: 2, points: { show: true, size: 8 } }, { label: 'escalation', stroke: seriesColor(3), width: 1, dash: [5, 5], points: { show: true, size: 6 } }],
    }),
    [],
  )
  const readout = useCallback((idx: number | null) => historyReadout(sorted, idx), [sorted])
  const first = sorted[0]
  const last = sorted.at(-1)
  const breaks = silences.length === 0 ? '' : `; the line breaks across ${silences.length === 1 ? `a silence of ${spanWords(silences[0] as number)}` : `${silences.length} silences (the longest ${spanWords(Math.max(...silences))})`}`
  const span = first === undefined || last === undefined ? '' : first === last ? ` on ${day(first.at)}` : ` from ${day(first.at)} to ${day(last.at)}`
  return (
    <figure className="figure">
      <Chart options={options} data={data} height={200} gaps={CONVERSATION_GAPS} readout={readout} label={`Sentiment and escalation across ${sorted.length} conversations${span}${breaks}`} />
      <figcaption className="muted small">Sentiment (−1 to +1, solid) and escalation (0 to 1, dashed) per conversation. Conversations more than 30 days apart, or more than three times the usual spacing, are not joined: a gap in the line is a time without conversations.</figcaption>
    </figure>
  )
}
