/** A minimal Prometheus registry: counters and histograms with low-cardinality labels. */
export class Metrics {
  readonly #counters = new Map<string, { help: string; values: Map<string, number> }>()
  readonly #histograms = new Map<string, { help: string; buckets: number[]; series: Map<string, { counts: number[]; sum: number; count: number }> }>()
  readonly #gauges = new Map<string, { help: string; read: () => number }>()

  counter(name: string, help: string, labels: Record<string, string> = {}, by = 1): void {
    const c = this.#counters.get(name) ?? { help, values: new Map() }
    const key = labelKey(labels)
    c.values.set(key, (c.values.get(key) ?? 0) + by)
    this.#counters.set(name, c)
  }

  observe(name: string, help: string, value: number, labels: Record<string, string> = {}, buckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]): void {
    const h = this.#histograms.get(name) ?? { help, buckets, series: new Map() }
    const key = labelKey(labels)
    const s = h.series.get(key) ?? { counts: new Array<number>(h.buckets.length).fill(0), sum: 0, count: 0 }
    h.buckets.forEach((b, i) => {
      if (value <= b) s.counts[i] = (s.counts[i] as number) + 1
    })
    s.sum += value
    s.count++
    h.series.set(key, s)
    this.#histograms.set(name, h)
  }

  gauge(name: string, help: string, read: () => number): void {
    this.#gauges.set(name, { help, read })
  }

  /** The text exposition format. */
  render(): string {
    const out: string[] = []
    for (const [name, c] of this.#counters) {
      out.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`)
      for (const [k, v] of c.values) out.push(`${name}${k} ${v}`)
    }
    for (const [name, h] of this.#histograms) {
      out.push(`# HELP ${name} ${h.help}`, `# TYPE ${name} histogram`)
      for (const [k, s] of h.series) {
        const inner = k === '' ? '' : `${k.slice(1, -1)},`
        h.buckets.forEach((b, i) => {
          out.push(`${name}_bucket{${inner}le="${b}"} ${s.counts[i]}`)
        })
        out.push(`${name}_bucket{${inner}le="+Inf"} ${s.count}`, `${name}_sum${k} ${s.sum}`, `${name}_count${k} ${s.count}`)
      }
    }
    for (const [name, g] of this.#gauges) out.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${g.read()}`)
    return `${out.join('\n')}\n`
  }
}

function labelKey(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
  return parts.length === 0 ? '' : `{${parts.join(',')}}`
}
