import type { HeldOutMetrics, ModelVersion } from '../../api'
import { percent } from '../../format'
import { MIN_LABELS, tooFewText } from './too-few-labels'

/** The held-out macro-F1 against the version it was compared with, on the same labels; none from fewer than MIN_LABELS of them. */
export function HeldOutComparison({ version: v, name }: { readonly version: ModelVersion; readonly name: (id: string) => string }) {
  const mine: HeldOutMetrics | undefined = v.metrics.held_out
  const theirs = v.metrics.current
  if (mine === undefined || mine.n === 0) return <span className="muted">no held-out labels</span>
  // Both versions are scored on the same held-out labels, so too few for one is too few for the comparison.
  if (mine.n < MIN_LABELS) return <span className="muted" data-too-few-labels>{tooFewText(mine.n, MIN_LABELS, 'held-out label', 'held-out labels', '')}</span>
  const delta = theirs === undefined ? undefined : mine.macro_f1 - theirs.held_out.macro_f1
  return (
    <span title={`Accuracy ${percent(mine.accuracy, 1)}${theirs === undefined ? '' : ` vs ${percent(theirs.held_out.accuracy, 1)}`}`}>
      <strong>{percent(mine.macro_f1, 1)}</strong>
      {theirs === undefined || delta === undefined ? null : (
        <>
          {' '}
          vs {percent(theirs.held_out.macro_f1, 1)} <span className="muted small">({name(theirs.version)})</span>{' '}
          <span className={delta > 0 ? 'good' : delta < 0 ? 'bad' : 'muted'}>
            {delta > 0 ? '+' : delta < 0 ? '−' : '±'}
            {(Math.abs(delta) * 100).toFixed(1)} pt
          </span>
        </>
      )}
    </span>
  )
}
