import { useCallback, useMemo, useState } from 'react'
import type uPlot from 'uplot'
import type { AccuracyOverTime, AccuracyWindow, Interval } from '../../api'
import { Async } from '../../components/Async'
import { Chart, seriesColor } from '../../components/Chart'
import { DataTable } from '../../components/DataTable'
import { day, percent, when } from '../../format'
import { href } from '../../router'
import { useResource } from '../../use-resource'
import { countOf, tooFewText } from './too-few-labels'

const PERIODS = [30, 90, 180, 365] as const
const SERIES = [
  { label: 'Accuracy', value: (w: AccuracyWindow) => w.accuracy, ci: (w: AccuracyWindow) => w.accuracy_ci, color: seriesColor(0), offset: -4 },
  { label: 'Macro-F1', value: (w: AccuracyWindow) => w.macro_f1, ci: (w: AccuracyWindow) => w.macro_f1_ci, color: seriesColor(1), offset: 4 },
] as const

function withCi(x: number | null, ci: Interval | null): string {
  if (x === null) return '—'
  return ci === null ? percent(x) : `${percent(x)} (${percent(ci[0])}–${percent(ci[1])})`
}

/** A window's end, with "so far" for the one still running (it ends now). */
function windowEnd(w: AccuracyWindow): string {
  return w.partial ? `${day(w.end)} (so far)` : day(w.end)
}

/** A rate's cell: the figure with its interval, or why there is none. */
function rateCell(w: AccuracyWindow, x: number | null, ci: Interval | null, min: number): string {
  return w.too_few_labels ? `too few (${w.n} of ${min})` : withCi(x, ci)
}

/** The 95% intervals as whiskers, and the promotions as dashed vertical lines. */
function drawOverlays(d: AccuracyOverTime, text: string): (u: uPlot) => void {
  return (u) => {
    const ctx = u.ctx
    const px = window.devicePixelRatio || 1
    const { left, top, width, height } = u.bbox
    ctx.save()
    ctx.beginPath()
    ctx.rect(left, top, width, height)
    ctx.clip()
    ctx.lineWidth = 1.5 * px
    for (const s of SERIES) {
      ctx.strokeStyle = s.color
      ctx.beginPath()
      d.windows.forEach((w) => {
        const ci = s.ci(w)
        if (ci === null) return
        const x = u.valToPos(w.end / 1000, 'x', true) + s.offset * px
        const y0 = u.valToPos(ci[0], 'y', true)
        const y1 = u.valToPos(ci[1], 'y', true)
        ctx.moveTo(x, y0)
        ctx.lineTo(x, y1)
        ctx.moveTo(x - 3 * px, y0)
        ctx.lineTo(x + 3 * px, y0)
        ctx.moveTo(x - 3 * px, y1)
        ctx.lineTo(x + 3 * px, y1)
      })
      ctx.stroke()
    }
    ctx.strokeStyle = text
    ctx.fillStyle = text
    ctx.lineWidth = px
    ctx.setLineDash([4 * px, 4 * px])
    ctx.font = `${11 * px}px system-ui, sans-serif`
    for (const v of d.versions) {
      if (v.promoted_at === null || v.promoted_at < d.from || v.promoted_at > d.to) continue
      const x = u.valToPos(v.promoted_at / 1000, 'x', true)
      ctx.beginPath()
      ctx.moveTo(x, top)
      ctx.lineTo(x, top + height)
      ctx.stroke()
      ctx.fillText(`v${v.number}`, x + 3 * px, top + 12 * px)
    }
    ctx.restore()
  }
}

/**
 * How well the reader agrees with what reviewers say, over time: rolling accuracy and macro-F1
 * with their 95% intervals, as a chart and as a table, with the promotions marked.
 */
export function AccuracyPanel({ generation }: { readonly generation: number }) {
  const [days, setDays] = useState<number>(90)
  const accuracy = useResource((api) => api.accuracy({ days, step: days > 180 ? 14 : 7, window: 28 }), [days, generation])
  const d = accuracy.data
  const data = useMemo((): uPlot.AlignedData | undefined => (d === undefined ? undefined : [d.windows.map((w) => w.end / 1000), ...SERIES.map((s) => d.windows.map((w) => s.value(w)))]), [d])
  const options = useCallback(
    (colors: { text: string }): Omit<uPlot.Options, 'width' | 'height'> => ({
      // Half a step of room at each end, so the first and last points stay off the frame.
      scales: { x: { time: true, range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - (d?.step_days ?? 7) * 43_200, max + (d?.step_days ?? 7) * 43_200] }, y: { range: [0, 1] } },
      axes: [{}, { values: (_u: uPlot, ticks: number[]) => ticks.map((t) => `${Math.round(t * 100)}%`) }],
      series: [
        { label: 'Window ending', value: (_u: uPlot, v: number | null, _si: number, i: number | null) => (v === null || i === null || d === undefined ? '—' : windowEnd(d.windows[i] as AccuracyWindow)) },
        ...SERIES.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          points: { show: true, size: 6 },
          value: (_u: uPlot, v: number | null, _si: number, i: number | null) => {
            const w = i === null ? undefined : d?.windows[i]
            if (w === undefined) return '—'
            return w.too_few_labels ? tooFewText(w.n, d?.min_labels ?? 0) : withCi(v, s.ci(w))
          },
        })),
      ],
      hooks: d === undefined ? {} : { draw: [drawOverlays(d, colors.text)] },
    }),
    [d],
  )
  const promotions = d?.versions.filter((v) => v.promoted_at !== null) ?? []

  return (
    <section className="card" aria-labelledby="accuracy-title">
      <div className="panel-head">
        <h2 id="accuracy-title">Accuracy over time</h2>
        <label className="inline small">
          Period{' '}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                last {p} days
              </option>
            ))}
          </select>
        </label>
      </div>
      <Async
        resource={accuracy}
        label="accuracy over time"
        isEmpty={(x) => x.windows.every((w) => w.n === 0)}
        empty={
          <p className="state state-empty">
            No reviewed labels yet in this period. Accuracy is measured against what reviewers say: correct or confirm readings in <a href={href({ name: 'review' })}>Review</a> (each one is a reviewed label), and once a {d?.window_days ?? 28}-day window holds {d?.min_labels ?? 20} of them its accuracy shows here.
          </p>
        }
      >
        {(x) => {
          const latest = x.windows.at(-1)
          const figures = x.windows.filter((w) => !w.too_few_labels).length
          return (
            <>
              {latest === undefined || !latest.too_few_labels ? null : (
                <p className="notice" data-too-few-labels>
                  <strong>{tooFewText(latest.n, x.min_labels)}.</strong> Below that a figure is mostly noise: one label more or less moves it by 5 points or more, and its 95% interval can span over 40 points.{' '}
                  Correct or confirm {countOf(x.min_labels - latest.n, 'more reading', 'more readings')} in <a href={href({ name: 'review' })}>Review</a> (a window covers {x.window_days} days) and a figure shows here.
                </p>
              )}
              {data === undefined || figures === 0 ? null : <Chart options={options} data={data} label={`Rolling accuracy and macro-F1 against ${x.labels} reviewed labels, per ${x.window_days}-day window, with 95% intervals; ${figures} of ${x.windows.length} windows have enough labels for a figure`} />}
              <p className="muted small">
                Each point covers the {x.window_days} days before it, one every {x.step_days} days, the last one up to now (so far), against the labels reviewers gave ({x.labels} in the period). A window with fewer than {x.min_labels} reviewed labels gets no figure and no point. Whiskers are 95% intervals (Wilson for accuracy, bootstrap for macro-F1): with few labels they are wide, so read the trend, not one point.
              </p>
              {promotions.length === 0 ? null : (
                <p className="small">
                  Promotions (dashed lines):{' '}
                  {promotions.map((v, i) => (
                    <span key={v.id}>
                      {i === 0 ? '' : ' · '}v{v.number} on {when(v.promoted_at as number)}
                      {v.retired_at === null ? ' (active)' : ` until ${when(v.retired_at)}`}
                    </span>
                  ))}
                </p>
              )}
              <DataTable
                caption="Accuracy and macro-F1 per window with reviewed labels, newest first"
                rows={x.windows.filter((w) => w.n > 0).reverse()}
                rowKey={(w) => String(w.end)}
                columns={[
                  { title: 'Window ending', cell: windowEnd },
                  { title: 'Labels', cell: (w) => w.n, numeric: true },
                  { title: 'Accuracy (95% CI)', cell: (w) => rateCell(w, w.accuracy, w.accuracy_ci, x.min_labels), numeric: true },
                  { title: 'Macro-F1 (95% CI)', cell: (w) => rateCell(w, w.macro_f1, w.macro_f1_ci, x.min_labels), numeric: true },
                  { title: 'Recall per label', cell: (w) => <span className="small">{w.per_label.map((l) => `${l.label} ${l.n === 0 ? '—' : l.too_few_labels ? `${l.n} (too few)` : `${percent(l.recall)} of ${l.n}`}`).join(' · ')}</span> },
                ]}
              />
              {x.windows.some((w) => w.n === 0) ? <p className="muted small">Windows without reviewed labels are left out of the table.</p> : null}
            </>
          )
        }}
      </Async>
    </section>
  )
}
