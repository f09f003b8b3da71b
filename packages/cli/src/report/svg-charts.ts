/** A named series of points for a line chart. */
export interface LineSeries {
  readonly name: string
  readonly points: readonly { readonly x: number; readonly y: number }[]
}

const PALETTE = ['#2f6fde', '#d9480f', '#2b8a3e', '#862e9c', '#e67700', '#0b7285', '#c2255c', '#5c940d']

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A self-contained SVG line chart (no scripts, no external assets), so reports render anywhere,
 * including mail clients and PDF printers. `x` values are times in ms.
 */
export function lineChart(opts: { title: string; series: readonly LineSeries[]; yMin?: number; yMax?: number; width?: number; height?: number; yFormat?: (y: number) => string }): string {
  const w = opts.width ?? 720
  const h = opts.height ?? 260
  const pad = { l: 48, r: 140, t: 28, b: 28 }
  const all = opts.series.flatMap((s) => s.points)
  const xs = all.map((p) => p.x)
  const ys = all.map((p) => p.y)
  const x0 = Math.min(...xs, Number.POSITIVE_INFINITY)
  const x1 = Math.max(...xs, Number.NEGATIVE_INFINITY)
  const y0 = opts.yMin ?? Math.min(...ys, 0)
  const y1 = opts.yMax ?? Math.max(...ys, 0.01)
  const sx = (x: number): number => pad.l + (x1 > x0 ? ((x - x0) / (x1 - x0)) * (w - pad.l - pad.r) : (w - pad.l - pad.r) / 2)
  const sy = (y: number): number => pad.t + (1 - (y - y0) / (y1 - y0 || 1)) * (h - pad.t - pad.b)
  const fmt = opts.yFormat ?? ((y: number) => y.toFixed(2))
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = y0 + f * (y1 - y0)
    return `<line x1="${pad.l}" x2="${w - pad.r}" y1="${sy(y).toFixed(1)}" y2="${sy(y).toFixed(1)}" stroke="#e3e6ea"/><text x="${pad.l - 6}" y="${(sy(y) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#5f6b7a">${esc(fmt(y))}</text>`
  })
  const dates = Number.isFinite(x0) ? [x0, x1].map((x, i) => `<text x="${sx(x).toFixed(1)}" y="${h - 8}" text-anchor="${i === 0 ? 'start' : 'end'}" font-size="11" fill="#5f6b7a">${new Date(x).toISOString().slice(0, 10)}</text>`) : []
  const lines = opts.series.map((s, i) => {
    const c = PALETTE[i % PALETTE.length] as string
    const d = s.points.map((p, k) => `${k === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')
    return `<path d="${d}" fill="none" stroke="${c}" stroke-width="2"/><text x="${w - pad.r + 8}" y="${pad.t + 14 + i * 16}" font-size="12" fill="${c}">${esc(s.name)}</text>`
  })
  return `<svg class="chart" role="img" aria-label="${esc(opts.title)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title>${esc(opts.title)}</title><text x="${pad.l}" y="16" font-size="13" font-weight="600" fill="#1d2330">${esc(opts.title)}</text>${grid.join('')}${dates.join('')}${lines.join('')}</svg>`
}

/** A self-contained SVG horizontal bar chart. */
export function barChart(opts: { title: string; bars: readonly { label: string; value: number; note?: string }[]; width?: number; format?: (v: number) => string }): string {
  const w = opts.width ?? 720
  const row = 22
  const h = 28 + opts.bars.length * row + 8
  const labelW = 200
  const max = Math.max(...opts.bars.map((b) => Math.abs(b.value)), 1e-9)
  const fmt = opts.format ?? ((v: number) => v.toFixed(2))
  const bars = opts.bars.map((b, i) => {
    const y = 28 + i * row
    const len = (Math.abs(b.value) / max) * (w - labelW - 290)
    return `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" font-size="12" fill="#1d2330">${esc(b.label)}</text><rect x="${labelW}" y="${y + 3}" width="${len.toFixed(1)}" height="${row - 8}" fill="${b.value < 0 ? '#d9480f' : '#2f6fde'}" rx="2"/><text x="${(labelW + len + 6).toFixed(1)}" y="${y + 15}" font-size="11" fill="#5f6b7a">${esc(fmt(b.value))}${b.note === undefined ? '' : ` · ${esc(b.note)}`}</text>`
  })
  return `<svg class="chart" role="img" aria-label="${esc(opts.title)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title>${esc(opts.title)}</title><text x="8" y="16" font-size="13" font-weight="600" fill="#1d2330">${esc(opts.title)}</text>${bars.join('')}</svg>`
}
