import { Async } from '../../components/Async'
import { percent } from '../../format'
import { useResource } from '../../use-resource'
import { MIN_LABELS, tooFewText } from './too-few-labels'

/** Landis and Koch's words for a kappa. */
function kappaWords(k: number): string {
  if (k < 0) return 'worse than chance'
  if (k < 0.2) return 'slight'
  if (k < 0.4) return 'fair'
  if (k < 0.6) return 'moderate'
  if (k < 0.8) return 'substantial'
  return 'almost perfect'
}

/** How often reviewers who labelled the same message agreed: how far the labels can be trusted. */
export function AgreementPanel() {
  const agreement = useResource((api) => api.agreement(), [])
  return (
    <section className="card" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Reviewer agreement</h2>
      <Async resource={agreement} label="reviewer agreement" isEmpty={(d) => d.pairs === 0} empty={<p>No message has been labelled by two reviewers yet, so there is no agreement to measure.</p>}>
        {(d) => (
          <dl className="facts">
            <dt>Messages labelled twice or more</dt>
            <dd>{d.messages}</dd>
            <dt>Reviewer pairs</dt>
            <dd>{d.pairs}</dd>
            {d.pairs < MIN_LABELS ? (
              <>
                <dt>Agreement and kappa</dt>
                <dd data-too-few-labels>{tooFewText(d.pairs, MIN_LABELS, 'reviewer pair', 'reviewer pairs')}</dd>
              </>
            ) : (
              <>
                <dt>Agreement</dt>
                <dd>{percent(d.agreement, 1)}</dd>
                <dt>Cohen's kappa</dt>
                <dd>{d.kappa === null ? '—' : `${d.kappa.toFixed(2)} (${kappaWords(d.kappa)})`}</dd>
              </>
            )}
          </dl>
        )}
      </Async>
      <p className="muted small">
        Agreement is the share of reviewer pairs that gave a message the same label; kappa discounts the agreement expected by chance (1 is perfect, 0 is chance). Low agreement means the labels, and the accuracy measured against them, are noisy: settle the guidelines before training on them. Messages with no majority label are left out of training. Like every rate on this screen, agreement is shown from {MIN_LABELS} pairs on.
      </p>
    </section>
  )
}
