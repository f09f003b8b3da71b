import { useEffect, useRef, useState } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

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

interface Props {
  /** Builds the options from the theme's colours; keep it stable (useCallback) to avoid redraws. */
  readonly options: (colors: { text: string; grid: string }) => Omit<uPlot.Options, 'width' | 'height'>
  readonly data: uPlot.AlignedData
  /** What the chart shows, for screen readers. */
  readonly label: string
  readonly height?: number
}

/** A uPlot chart that fills its container's width and follows the theme. */
export function Chart({ options, data, label, height = 260 }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const themeVersion = useThemeVersion()
  // biome-ignore lint/correctness/useExhaustiveDependencies: themeVersion is a trigger: the theme's colours are read inside
  useEffect(() => {
    const el = ref.current
    if (el === null) return
    const colors = themeColors()
    const opts = options(colors)
    const axes = (opts.axes ?? [{}, {}]).map((a) => ({ stroke: colors.text, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 }, ...a }))
    const plot = new uPlot({ ...opts, axes, width: el.clientWidth || 600, height }, data, el)
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height }))
    resize.observe(el)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [options, data, height, themeVersion])
  return <div ref={ref} className="chart" role="img" aria-label={label} />
}
