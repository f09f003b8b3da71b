import { useCallback, useMemo } from 'react'
import type uPlot from 'uplot'
import type { CustomerAnalysis } from '../api'
import { Chart, seriesColor } from './Chart'

/** Each conversation's sentiment and escalation at the time it happened. */
export function CustomerHistory({ interactions }: { readonly interactions: CustomerAnalysis['interactions'] }) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const sorted = [...interactions].sort((a, b) => a.at - b.at)
    return [sorted.map((i) => i.at / 1000), sorted.map((i) => i.score), sorted.map((i) => i.escalation)]
  }, [interactions])
  const options = useCallback(
    () => ({
      scales: { y: { range: [-1, 1] as [number, number] } },
      series: [{}, { label: 'sentiment', stroke: seriesColor(0), width: 2, points: { show: true, size: 8 } }, { label: 'escalation', stroke: seriesColor(3), width: 1, dash: [5, 5], points: { show: true, size: 6 } }],
    }),
    [],
  )
  return <Chart options={options} data={data} height={200} label={`Sentiment and escalation across ${interactions.length} conversations`} />
}
