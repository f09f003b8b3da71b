import { useEffect, useRef } from 'react'
import type { QueueItem } from '../api'
import { minutes, value } from '../format'
import { href } from '../router'
import { EmotionChips } from './EmotionChips'
import { ReasonList } from './ReasonList'
import { SentimentBadge } from './SentimentBadge'

/** One open conversation: why it ranks where it does, how long it has waited, what is at stake. */
export function QueueRow({ item, rank, selected, onSelect }: { readonly item: QueueItem; readonly rank: number; readonly selected: boolean; readonly onSelect: () => void }) {
  const ref = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the row's link is the keyboard target; j/k select rows
    <li ref={ref} className={selected ? 'queue-row selected' : 'queue-row'} onClick={onSelect} aria-current={selected ? 'true' : undefined}>
      <span className="queue-rank" title={`priority ${item.priority.toFixed(2)}`}>
        {rank}
      </span>
      <div className="queue-main">
        <div className="queue-title">
          <a href={href({ name: 'conversation', id: item.conversation_id })}>{item.external_id ?? item.conversation_id}</a>
          <SentimentBadge label={item.sentiment} />
          <span className="muted small">
            {[item.channel, item.product_area, item.segment].filter((v) => v !== null && v !== '').join(' · ')}
          </span>
        </div>
        <ReasonList reasons={item.reasons} max={4} />
        <EmotionChips emotions={item.emotions} threshold={0.4} />
      </div>
      <dl className="queue-facts">
        <div>
          <dt>waiting</dt>
          <dd>{item.wait_minutes > 0 ? minutes(item.wait_minutes) : 'answered'}</dd>
        </div>
        <div>
          <dt>value</dt>
          <dd>{value(item.value)}</dd>
        </div>
      </dl>
    </li>
  )
}
