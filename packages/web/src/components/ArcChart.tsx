import { useCallback, useMemo } from 'react'
import type uPlot from 'uplot'
import type { ArcPoint, Message } from '../api'
import { score } from '../format'
import { Chart, seriesColor } from './Chart'

/** Draws a dashed vertical line at each agent or bot reply, so the arc shows what each reply did. */
function repliesPlugin(replies: readonly number[], color: string): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const ctx = u.ctx
        ctx.save()
        ctx.strokeStyle = color
        ctx.setLineDash([4, 4])
        ctx.lineWidth = 1.5 * devicePixelRatio
        for (const t of replies) {
          const x = u.valToPos(t, 'x', true)
          ctx.beginPath()
          ctx.moveTo(x, u.bbox.top)
          ctx.lineTo(x, u.bbox.top + u.bbox.height)
          ctx.stroke()
        }
        ctx.restore()
      },
    },
  }
}

/** The customer's sentiment over the conversation; dashed lines mark agent and bot replies. */
export function ArcChart({ arc, messages }: { readonly arc: readonly ArcPoint[]; readonly messages: readonly Message[] }) {
  const replies = useMemo(() => messages.filter((m) => (m.role === 'agent' || m.role === 'bot') && !m.internal).map((m) => m.created_at / 1000), [messages])
  const data = useMemo<uPlot.AlignedData>(() => [arc.map((p) => p.at / 1000), arc.map((p) => p.score)], [arc])
  const options = useCallback(
    (colors: { text: string }) => ({
      legend: { show: false },
      scales: { y: { range: [-1, 1] as [number, number] } },
      series: [{}, { label: 'sentiment', stroke: seriesColor(0), width: 2, points: { show: true, size: 8 } }],
      axes: [{}, { values: (_u: uPlot, ticks: number[]) => ticks.map((t) => t.toFixed(1)) }],
      plugins: [repliesPlugin(replies, colors.text)],
    }),
    [replies],
  )
  const first = arc[0]
  const last = arc[arc.length - 1]
  return (
    <figure className="figure">
      <Chart options={options} data={data} height={200} label={`Sentiment arc from ${score(first?.score)} to ${score(last?.score)} over ${arc.length} customer messages, with ${replies.length} replies`} />
      <figcaption className="muted small">Customer sentiment (−1 to +1) per message; dashed lines are agent and bot replies.</figcaption>
    </figure>
  )
}
