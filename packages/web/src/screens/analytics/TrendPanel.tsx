import { useCallback, useMemo, useState } from 'react'
import type uPlot from 'uplot'
import type { Trends } from '../../api'
import { Async } from '../../components/Async'
import { Chart, seriesColor } from '../../components/Chart'
import { type Resource, useResource } from '../../use-resource'

/** One aligned table for uPlot: the union of all timestamps, with gaps where a series has none. */
function align(trends: Trends): uPlot.AlignedData {
  const times = [...new Set(trends.series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b)
  return [times.map((t) => t / 1000), ...trends.series.map((s) => {
    const byT = new Map(s.points.map((p) => [p.t, p.mean_score]))
    return times.map((t) => byT.get(t) ?? null)
  })]
}

const PERIODS = [30, 90, 180, 365] as const

/** Mean sentiment over time per product area, narrowed to the areas picked, over the period picked. */
export function TrendPanel() {
  const [granularity, setGranularity] = useState<'day' | 'week'>('week')
  const [days, setDays] = useState<number>(90)
  // Undefined: every area; the list of areas comes from the unfiltered answer.
  const [picked, setPicked] = useState<readonly string[] | undefined>()
  const all = useResource((api) => api.trends({ granularity, days }), [granularity, days])
  // The `values=` query narrows the series server-side; with no pick the unfiltered answer serves.
  const filtered = useResource((api) => (picked === undefined || picked.length === 0 ? Promise.resolve(null) : api.trends({ granularity, days, values: picked })), [granularity, days, picked?.join(',')])
  const trends: Resource<Trends> = picked === undefined ? all : { ...filtered, data: filtered.data ?? undefined }
  const areas = useMemo(() => all.data?.series.map((s) => s.value) ?? [], [all.data])
  const selected = picked ?? areas

  const toggle = (area: string): void => {
    const next = selected.includes(area) ? selected.filter((a) => a !== area) : [...selected, area]
    setPicked(next.length === areas.length ? undefined : next)
  }
  const data = useMemo(() => (trends.data === undefined ? undefined : align(trends.data)), [trends.data])
  const names = trends.data?.series.map((s) => s.value).join(',') ?? ''
  const options = useCallback(
    () => ({
      scales: { y: { range: [-1, 1] as [number, number] } },
      series: [{}, ...names.split(',').map((name) => ({ label: name, stroke: seriesColor(Math.max(0, areas.indexOf(name))), width: 2, spanGaps: true, points: { size: 5 } }))],
    }),
    [names, areas],
  )

  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">Sentiment by product area</h2>
      <div className="filters">
        <label>
          Period
          <select name="trend-period" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                last {p} days
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Granularity</legend>
          {(['day', 'week'] as const).map((g) => (
            <label key={g} className="inline">
              <input type="radio" name="granularity" value={g} checked={granularity === g} onChange={() => setGranularity(g)} /> {g}
            </label>
          ))}
        </fieldset>
        <fieldset aria-label="Product areas">
          <legend>Product areas</legend>
          {areas.map((a) => (
            <label key={a} className="inline">
              <input type="checkbox" name="product-area" value={a} checked={selected.includes(a)} onChange={() => toggle(a)} /> {a}
            </label>
          ))}
          {picked === undefined ? null : (
            <button type="button" className="ghost" onClick={() => setPicked(undefined)}>
              All areas
            </button>
          )}
        </fieldset>
      </div>
      {selected.length === 0 ? (
        <p className="state state-empty">Pick at least one product area.</p>
      ) : (
        <Async resource={trends} label="the trend" isEmpty={(d) => d.series.length === 0} empty={<p>No readings in this period.</p>}>
          {(d) => (data === undefined ? null : <div data-series={names} data-points={data[0].length}><Chart options={options} data={data} label={`Mean sentiment per ${d.granularity} over the last ${days} days for ${names.replace(/,/g, ', ')}`} /></div>)}
        </Async>
      )}
    </section>
  )
}
