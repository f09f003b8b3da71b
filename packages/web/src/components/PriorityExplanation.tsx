import type { QueueItem } from '../api'
import { SHOWN_MIN, explainPriority } from '../screens/queue/priority-explanation'

const share = (x: number): string => x.toFixed(2)

/**
 * Why a conversation ranks where it does: a bar of its priority (out of 1) split into the parts
 * that matter, largest first, with what not waiting took off hatched after them, and the same
 * parts as an ordered list in words. The lines add up to the priority.
 */
export function PriorityExplanation({ item }: { readonly item: QueueItem }) {
  const e = explainPriority(item)
  const summary = [...e.parts.map((p) => `${p.label}: ${share(p.contribution)}`), ...(e.rest >= SHOWN_MIN ? [`other factors: ${share(e.rest)}`] : [])].join('; ')
  return (
    <div className="priority-explanation">
      <div className="priority-bar" role="img" aria-label={`Priority ${share(item.priority)} of 1. ${summary}`}>
        {e.parts.map((p, i) => (
          <span key={p.code} className={`priority-seg priority-seg-${Math.min(i, 3)}`} style={{ width: `${p.contribution * 100}%` }} title={`${p.label}: ${share(p.contribution)}`} />
        ))}
        {e.rest >= SHOWN_MIN ? <span className="priority-seg priority-seg-rest" style={{ width: `${e.rest * 100}%` }} title={`Other factors: ${share(e.rest)}`} /> : null}
        {e.damped === null ? null : <span className="priority-seg priority-seg-damped" style={{ width: `${e.damped.removed * 100}%` }} title={`Taken off because the customer is not waiting: ${share(e.damped.removed)}`} />}
      </div>
      <ol className="priority-parts" aria-label="Parts of the priority, largest first">
        {e.parts.map((p, i) => (
          <li key={p.code} data-part={p.code}>
            <span className={`priority-swatch priority-seg-${Math.min(i, 3)}`} aria-hidden="true" />
            {p.label} <span className="priority-share">{share(p.contribution)}</span>
          </li>
        ))}
        {e.rest >= SHOWN_MIN ? (
          <li className="muted" data-part="rest">
            Other factors <span className="priority-share">{share(e.rest)}</span>
          </li>
        ) : null}
        {e.damped === null ? null : (
          <li className="muted" data-part="not-waiting">
            Not waiting, so ×{e.damped.factor} <span className="priority-share">−{share(e.damped.removed)}</span>
          </li>
        )}
      </ol>
    </div>
  )
}
