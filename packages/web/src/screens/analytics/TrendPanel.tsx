import { useCallback, useMemo, useState } from 'react'
import type uPlot from 'uplot'
import type { TrendDimension, Trends } from '../../api'
import { Async } from '../../components/Async'
import { Chart, seriesColor } from '../../components/Chart'
import { languageName } from '../../components/LanguageBadge'
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

/** Each breakdown: its words, the checkboxes' name, and how a segment value reads. */
const DIMENSIONS: Readonly<Record<TrendDimension, { readonly one: string; readonly many: string; readonly input: string; readonly label: (v: string) => string }>> = {
  product_area: { one: 'product area', many: 'Product areas', input: 'product-area', label: (v) => v },
  language: { one: 'language', many: 'Languages', input: 'language', label: (v) => (v === 'und' ? 'no words (und)' : `${languageName(v)} (${v})`) },
}

/** Mean sentiment over time per product area or per language, narrowed to the segments picked, over the period picked. */
export function TrendPanel() {
  const [by, setBy] = useState<TrendDimension>('product_area')
  const [granularity, setGranularity] = useState<'day' | 'week'>('week')
  const [days, setDays] = useState<number>(90)
  // Undefined: every segment; the list of segments comes from the unfiltered answer.
  const [picked, setPicked] = useState<readonly string[] | undefined>()
  const all = useResource((api) => api.trends({ by, granularity, days }), [by, granularity, days])
  // The `values=` query narrows the series server-side; with no pick the unfiltered answer serves.
  const filtered = useResource((api) => (picked === undefined || picked.length === 0 ? Promise.resolve(null) : api.trends({ by, granularity, days, values: picked })), [by, granularity, days, picked?.join(',')])
  const dim = DIMENSIONS[by]
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
      series: [{}, ...names.split(',').map((name) => ({ label: dim.label(name), stroke: seriesColor(Math.max(0, areas.indexOf(name))), width: 2, spanGaps: true, points: { size: 5 } }))],
    }),
    [names, areas, dim],
  )

  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">Sentiment by {dim.one}</h2>
      <div className="filters">
        <label>
          Break down by
          <select
            name="trend-by"
            value={by}
            onChange={(e) => {
              setBy(e.target.value as TrendDimension)
              setPicked(undefined)
            }}
          >
            {(Object.keys(DIMENSIONS) as TrendDimension[]).map((d) => (
              <option key={d} value={d}>
                {DIMENSIONS[d].one}
              </option>
            ))}
          </select>
        </label>
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
        <fieldset aria-label={dim.many}>
          <legend>{dim.many}</legend>
          {areas.map((a) => (
            <label key={a} className="inline">
              <input type="checkbox" name={dim.input} value={a} checked={selected.includes(a)} onChange={() => toggle(a)} /> {dim.label(a)}
            </label>
          ))}
          {picked === undefined ? null : (
            <button type="button" className="ghost" onClick={() => setPicked(undefined)}>
              All {dim.many.toLowerCase()}
            </button>
          )}
        </fieldset>
      </div>
      {selected.length === 0 ? (
        <p className="state state-empty">Pick at least one {dim.one}.</p>
      ) : (
        <Async resource={trends} label="the trend" isEmpty={(d) => d.series.length === 0} empty={<p>No readings in this period.</p>}>
          {(d) => (data === undefined ? null : <div data-series={names} data-points={data[0].length}><Chart options={options} data={data} label={`Mean sentiment per ${d.granularity} over the last ${days} days for ${names.split(',').map(dim.label).join(', ')}`} /></div>)}
        </Async>
      )}
    </section>
  )
}
