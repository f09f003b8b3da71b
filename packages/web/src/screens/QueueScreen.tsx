import { useCallback, useMemo, useState } from 'react'
import type { QueueItem } from '../api'
import { Async } from '../components/Async'
import { LiveBadge } from '../components/LiveBadge'
import { QueueFilters } from '../components/QueueFilters'
import { QueueRow } from '../components/QueueRow'
import { navigate } from '../router'
import { useKeyList } from '../use-key-list'
import { useLiveEvents } from '../use-live-events'
import { useResource } from '../use-resource'

export interface QueueFilter {
  readonly channel: string
  readonly product_area: string
  readonly segment: string
  /** A language code, as `GET /v1/queue?language=` takes it. */
  readonly language: string
}

const ALL: QueueFilter = { channel: '', product_area: '', segment: '', language: '' }

/** Open conversations in priority order, refreshed as readings and alerts stream in. */
export function QueueScreen() {
  const queue = useResource((api) => api.queue(200), [])
  const live = useLiveEvents(['reading', 'conversation', 'alert'], queue.reload)
  const [filter, setFilter] = useState<QueueFilter>(ALL)
  const items = queue.data?.items
  // One clock reading per answer, so every row's wait is measured from the same instant.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer is what moves the clock
  const now = useMemo(() => Date.now(), [items])
  const shown = useMemo(() => (items ?? []).filter((i) => (Object.keys(filter) as (keyof QueueFilter)[]).every((k) => filter[k] === '' || i[k] === filter[k])), [items, filter])
  const open = useCallback((i: number) => {
    const item = shown[i]
    if (item !== undefined) navigate({ name: 'conversation', id: item.conversation_id })
  }, [shown])
  const [selected, setSelected] = useKeyList(shown.length, open)

  return (
    <section aria-labelledby="queue-title">
      <div className="screen-head">
        <h1 id="queue-title">Queue</h1>
        <LiveBadge state={live} />
        <p className="muted small">j/k to move, Enter to open</p>
      </div>
      <QueueFilters items={items ?? []} filter={filter} onChange={setFilter} />
      <Async resource={queue} label="the queue" isEmpty={(d) => d.items.length === 0} empty={<p>No open conversations. New ones appear here as they arrive.</p>}>
        {() =>
          shown.length === 0 ? (
            <div className="state state-empty">
              <p>No open conversations match these filters.</p>
              <button type="button" onClick={() => setFilter(ALL)}>
                Clear filters
              </button>
            </div>
          ) : (
            <ol className="queue" aria-label="Open conversations, most urgent first">
              {shown.map((item: QueueItem, i) => (
                <QueueRow key={item.conversation_id} item={item} rank={i + 1} selected={i === selected} onSelect={() => setSelected(i)} now={now} />
              ))}
            </ol>
          )
        }
      </Async>
    </section>
  )
}
