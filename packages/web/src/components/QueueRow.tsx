import { useEffect, useRef } from 'react'
import type { QueueItem } from '../api'
import { href } from '../router'
import { distinctLabels } from '../screens/conversation/distinct-labels'
import { SHOWN_MIN } from '../screens/queue/priority-explanation'
import { waitingWords } from '../screens/queue/waiting-words'
import { yearlyValue } from '../screens/queue/yearly-value'
import '../styles/queue.css'
import { EmotionChips } from './EmotionChips'
import { LanguageBadge, isForeign } from './LanguageBadge'
import { PriorityExplanation } from './PriorityExplanation'
import { SentimentBadge } from './SentimentBadge'

/** An emotion stronger than this is worth a chip on the row. */
const FEELING_MIN = 0.4

/** One open conversation: why it ranks where it does (the weighted parts of its priority), how the customer feels, how long they have waited, what is at stake. */
export function QueueRow({ item, rank, selected, onSelect, now }: { readonly item: QueueItem; readonly rank: number; readonly selected: boolean; readonly onSelect: () => void; readonly now: number }) {
  const ref = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  const wait = waitingWords({ waiting: item.waiting, waitingSince: item.waiting_since, answered: item.answered }, now)
  // An emotion already given as a reason (frustration, urgency) is not said twice.
  const said = item.reasons.map((r) => r.code)
  const feels = Object.entries(item.emotions).some(([name, v]) => v >= FEELING_MIN && !said.includes(name))
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the row's link is the keyboard target; j/k select rows
    <li ref={ref} className={selected ? 'queue-row selected' : 'queue-row'} onClick={onSelect} aria-current={selected ? 'true' : undefined} data-conversation={item.external_id ?? item.conversation_id}>
      <span className="queue-rank" title={`priority ${item.priority.toFixed(2)}`}>
        {rank}
      </span>
      <div className="queue-main">
        <div className="queue-title">
          <a href={href({ name: 'conversation', id: item.conversation_id })}>{item.external_id ?? item.conversation_id}</a>
          <SentimentBadge label={item.sentiment} />
          {isForeign(item.language) ? <LanguageBadge code={item.language} /> : null}
          <span className="queue-meta muted small">{distinctLabels([item.channel, item.product_area, item.segment]).join(' · ')}</span>
        </div>
        <div className="queue-line">
          <span className="queue-label">Why here</span>
          {item.priority >= SHOWN_MIN ? <PriorityExplanation item={item} /> : <span className="muted small">nothing adds to its priority{item.waiting ? '' : ': the customer is not waiting'}</span>}
        </div>
        {feels ? (
          <div className="queue-line">
            <span className="queue-label">Feeling</span>
            <EmotionChips emotions={item.emotions} threshold={FEELING_MIN} exclude={said} />
          </div>
        ) : null}
      </div>
      <dl className="queue-facts">
        <div>
          <dt>priority</dt>
          <dd>{item.priority.toFixed(2)}</dd>
        </div>
        <div className="queue-wait">
          <dt>waiting</dt>
          <dd title={wait.detail}>
            {wait.headline}
            <span className="queue-wait-detail">{wait.detail}</span>
          </dd>
        </div>
        <div>
          <dt>value</dt>
          <dd title="The customer's value as your helpdesk sends it: annual revenue by convention, in your own currency">{yearlyValue(item.value)}</dd>
        </div>
      </dl>
    </li>
  )
}
