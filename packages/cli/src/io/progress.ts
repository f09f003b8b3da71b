import cliProgress from 'cli-progress'

/** A progress display on a terminal, and nothing at all on pipes and in CI logs. */
export interface Progress {
  update(done: number, count: number): void
  stop(): void
}

export function createProgress(total: number | undefined, enabled: boolean): Progress {
  if (!enabled) return { update: () => {}, stop: () => {} }
  const bar = new cliProgress.SingleBar(
    {
      format: total === undefined ? '{count} messages' : '[{bar}] {percentage}% | {count} messages | eta {eta_formatted}',
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total ?? 1, 0, { count: 0 })
  return {
    update: (done, count) => bar.update(total === undefined ? 0 : Math.min(done, total), { count }),
    stop: () => bar.stop(),
  }
}
