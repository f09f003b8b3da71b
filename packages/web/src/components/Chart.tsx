import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import '../styles/chart.css'
import { type GapRule, gapsAfter } from './chart-gaps'

/** Colours that read on both themes; series take them in order. */
const PALETTE = ['#3b7dd8', '#d9822b', '#2e9e6a', '#c4455a', '#8a63d2', '#8c8c3a', '#2a9cb0', '#b8569a'] as const

export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length] ?? PALETTE[0]
}

/** The page's text colours, so axes follow the theme. */
function themeColors(): { text: string; grid: string } {
  const css = getComputedStyle(document.documentElement)
  return { text: css.getPropertyValue('--fg-muted').trim() || '#555', grid: css.getPropertyValue('--grid').trim() || '#ddd' }
}

/** Bumps when the theme changes (toggle or system), so charts redraw in the new colours. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = (): void => setVersion((v) => v + 1)
    const observer = new MutationObserver(bump)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    media.addEventListener('change', bump)
    return () => {
      observer.disconnect()
      media.removeEventListener('change', bump)
    }
  }, [])
  return version
}

/** The indices where at least one series has a value: the points the keyboard steps through. */
function pointIndices(data: uPlot.AlignedData): number[] {
  return Array.from(data[0]).flatMap((_x, i) => (data.slice(1).some((ys) => ys[i] !== null && ys[i] !== undefined) ? [i] : []))
}

/** A series' gaps with the rule's breaks added, in canvas pixels, in order (uPlot clips the line there). */
function breakLine(breaks: readonly number[]): uPlot.Series.GapsRefiner {
  return (u, _si, idx0, idx1, nullGaps) => {
    const px = (i: number): number => Math.round(u.valToPos(u.data[0][i] as number, 'x', true))
    const ours = breaks.filter((i) => i >= idx0 && i < idx1).map((i): uPlot.Series.Gap => [px(i), px(i + 1)])
    return [...nullGaps, ...ours].sort((a, b) => a[0] - b[0])
  }
}

interface Props {
  /** Builds the options from the theme's colours; keep it stable (useCallback) to avoid redraws. */
  readonly options: (colors: { text: string; grid: string }) => Omit<uPlot.Options, 'width' | 'height'>
  readonly data: uPlot.AlignedData
  /** What the chart shows, for screen readers. */
  readonly label: string
  readonly height?: number
  /** Breaks each line (except those with `spanGaps`) where its points are farther apart than this; the points stay. */
  readonly gaps?: GapRule | undefined
  /**
   * The point under the pointer or keyboard in words (`null`: none, so say something useful, such
   * as the latest point); shown under the chart instead of uPlot's legend. Keep it stable.
   */
  readonly readout?: ((idx: number | null) => string) | undefined
}

/**
 * A uPlot chart that fills its container's width and follows the theme. It can be read from the
 * keyboard: focus it and the arrow keys (Home, End) step through the points, Escape lets go. When
 * nothing is pointed at, the legend shows the latest point rather than uPlot's "--".
 */
export function Chart({ options, data, label, height = 260, gaps, readout }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const plotRef = useRef<uPlot | undefined>(undefined)
  const [pointed, setPointed] = useState<number | null>(null)
  const readoutId = useId()
  const themeVersion = useThemeVersion()
  const hasReadout = readout !== undefined
  // biome-ignore lint/correctness/useExhaustiveDependencies: themeVersion is a trigger: the theme's colours are read inside
  useEffect(() => {
    const el = ref.current
    if (el === null) return
    const colors = themeColors()
    const opts = options(colors)
    const axes = (opts.axes ?? [{}, {}]).map((a) => ({ stroke: colors.text, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 }, ...a }))
    const breaks = gaps === undefined ? [] : gapsAfter(Array.from(data[0]), gaps)
    const series = breaks.length === 0 ? opts.series : opts.series.map((s, i) => (i === 0 || s.spanGaps === true ? s : { ...s, gaps: breakLine(breaks) }))
    const latest = pointIndices(data).at(-1)
    // uPlot blanks its legend to "--" whenever the pointer leaves; the latest point says more.
    const idle = (u: uPlot): void => {
      if (u.cursor.idx === null || u.cursor.idx === undefined) {
        if (latest !== undefined && !hasReadout) u.setLegend({ idx: latest }, false)
        setPointed(null)
      } else setPointed(u.cursor.idx)
    }
    const hooks = { ...opts.hooks, ready: [...(opts.hooks?.ready ?? []), idle], setCursor: [...(opts.hooks?.setCursor ?? []), idle] }
    const plot = new uPlot({ ...opts, series, axes, hooks, ...(hasReadout ? { legend: { show: false } } : {}), width: el.clientWidth || 600, height }, data, el)
    plotRef.current = plot
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height }))
    resize.observe(el)
    return () => {
      resize.disconnect()
      plotRef.current = undefined
      plot.destroy()
    }
  }, [options, data, height, themeVersion, gaps, hasReadout])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const u = plotRef.current
    const points = pointIndices(data)
    if (u === undefined || points.length === 0) return
    if (e.key === 'Escape') {
      u.setCursor({ left: -10, top: -10 })
      return
    }
    const at = pointed === null ? -1 : points.indexOf(pointed)
    const next = e.key === 'ArrowRight' ? Math.min(points.length - 1, at + 1) : e.key === 'ArrowLeft' ? (at === -1 ? points.length - 1 : Math.max(0, at - 1)) : e.key === 'Home' ? 0 : e.key === 'End' ? points.length - 1 : undefined
    if (next === undefined) return
    e.preventDefault()
    const i = points[next] as number
    // Put the cursor on the first series that has a value there, on that series' own scale.
    const si = data.findIndex((ys, k) => k > 0 && ys[i] !== null && ys[i] !== undefined)
    const y = data[si]?.[i]
    u.setCursor({ left: u.valToPos(data[0][i] as number, 'x'), top: y === null || y === undefined ? u.bbox.height / 2 / devicePixelRatio : u.valToPos(y, u.series[si]?.scale ?? 'y') })
  }

  return (
    <div className="chart-frame">
      <div
        ref={ref}
        className="chart"
        role="img"
        aria-label={`${label}. Focus it and use the arrow keys to read each point.`}
        aria-describedby={hasReadout ? readoutId : undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart is read point by point with the arrow keys
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => plotRef.current?.setCursor({ left: -10, top: -10 })}
      />
      {readout === undefined ? null : (
        <p id={readoutId} className="chart-readout small" aria-live="polite">
          {readout(pointed)}
        </p>
      )}
    </div>
  )
}
