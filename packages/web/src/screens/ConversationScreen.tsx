import { Async } from '../components/Async'
import { ArcChart } from '../components/ArcChart'
import { ConversationSummary } from '../components/ConversationSummary'
import { MessageItem } from '../components/MessageItem'
import { href } from '../router'
import { distinctLabels } from './conversation/distinct-labels'
import { waitingWords } from './queue/waiting-words'
import { useLiveEvents } from '../use-live-events'
import { useResource } from '../use-resource'

const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`

/** One conversation: its messages with cues marked, whether the customer waits, the sentiment arc, and why it escalates. */
export function ConversationScreen({ id }: { readonly id: string }) {
  const conv = useResource((api) => api.conversation(id), [id])
  useLiveEvents(['conversation'], conv.reload)
  return (
    <Async resource={conv} label="the conversation">
      {(c) => (
        <article aria-labelledby="conv-title">
          <div className="screen-head">
            <p className="crumbs">
              <a href={href({ name: 'queue' })}>Queue</a> /
            </p>
            <h1 id="conv-title">Conversation {c.external_id ?? c.id}</h1>
            <span className={`status status-${c.status}`}>{c.status}</span>
            <span className="muted small">{distinctLabels([c.channel, c.product_area, ...c.tags]).join(' · ')}</span>
            {c.customer_id === null ? null : <a href={href({ name: 'customer', id: c.customer_id })}>Customer →</a>}
          </div>
          {c.analysis === null ? null : (
            <p className="conversation-wait" data-waiting={c.analysis.waiting_since !== undefined}>
              {sentence(
                waitingWords(
                  {
                    waiting: c.analysis.waiting_since !== undefined,
                    waitingSince: c.analysis.waiting_since ?? null,
                    answered: c.messages.some((m) => (m.role === 'agent' || m.role === 'bot') && !m.internal),
                  },
                  Date.now(),
                ).detail,
              )}
            </p>
          )}
          <div className="split">
            <section className="card" aria-labelledby="messages-title">
              <h2 id="messages-title">Messages</h2>
              <ol className="messages">
                {c.messages.map((m) => (
                  <MessageItem key={m.id} message={m} />
                ))}
              </ol>
            </section>
            <aside className="side">
              <section className="card" aria-labelledby="arc-title">
                <h2 id="arc-title">Sentiment arc</h2>
                {c.analysis === null || c.analysis.arc.length === 0 ? <p className="muted">No customer messages read yet.</p> : <ArcChart arc={c.analysis.arc} messages={c.messages} />}
              </section>
              <ConversationSummary analysis={c.analysis} />
            </aside>
          </div>
        </article>
      )}
    </Async>
  )
}
