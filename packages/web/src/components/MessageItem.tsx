import { useState } from 'react'
import { useApi } from '../api-context'
import type { Message } from '../api'
import { percent, when } from '../format'
import { contextCueKinds, contextCueLine } from '../screens/conversation/context-cues'
import '../styles/conversation.css'
import { EmotionChips } from './EmotionChips'
import { HighlightedText } from './HighlightedText'
import { LanguageBadge, isForeign } from './LanguageBadge'
import { SentimentBadge } from './SentimentBadge'

/**
 * A message; a customer message also shows its reading, with the cues behind it marked, the cues
 * that come from the conversation around it as reasons about the whole message, and its language
 * when it is not English.
 */
export function MessageItem({ message: m }: { readonly message: Message }) {
  const r = m.reading
  const api = useApi()
  const [flag, setFlag] = useState<'idle' | 'sending' | 'done' | 'error'>('idle')
  const context = r === undefined ? [] : contextCueKinds(r.cues, m.text.length)
  const sendFlag = async (): Promise<void> => {
    setFlag('sending')
    try {
      await api.flag({ message_id: m.id, flagged_by: `dashboard:${api.keyId}` })
      setFlag('done')
    } catch {
      setFlag('error')
    }
  }
  return (
    <li className={`message message-${m.role}${m.internal ? ' message-internal' : ''}`}>
      <div className="message-head">
        <strong>{m.role}</strong>
        {m.internal ? <span className="chip">internal note</span> : null}
        <time className="muted small" dateTime={new Date(m.created_at).toISOString()}>
          {when(m.created_at)}
        </time>
        {r === undefined ? null : (
          <>
            <SentimentBadge label={r.label} score={r.score} />
            {isForeign(r.language) ? <LanguageBadge code={r.language} /> : null}
            <span className="muted small" title="how sure the reader is">
              {percent(r.confidence)} sure
            </span>
            {r.needs_review ? <span className="chip chip-review">needs review</span> : null}
            {flag === 'done' ? (
              <span className="chip chip-review" role="status">
                flagged for review
              </span>
            ) : (
              <button type="button" className="ghost toggle" onClick={() => void sendFlag()} disabled={flag === 'sending'} title="This reading looks wrong: send it to the review queue">
                {flag === 'error' ? 'Flag failed, retry' : 'Flag reading'}
              </button>
            )}
          </>
        )}
      </div>
      <p className="message-text" lang={r === undefined || r.language === 'und' ? undefined : r.language}>
        {r === undefined ? m.text : <HighlightedText text={m.text} cues={r.cues} />}
      </p>
      {context.length === 0 ? null : (
        <ul className="message-reasons" aria-label="Reasons from the conversation">
          {context.map((kind) => (
            <li key={kind} data-cue={kind}>
              {contextCueLine(kind)}
            </li>
          ))}
        </ul>
      )}
      {r === undefined ? null : <EmotionChips emotions={r.emotions} />}
    </li>
  )
}
