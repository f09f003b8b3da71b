import { useEffect, useRef } from 'react'
import type { Label, ReviewItem } from '../api'
import { percent } from '../format'
import { href } from '../router'
import { HighlightedText } from './HighlightedText'
import { LanguageBadge, isForeign } from './LanguageBadge'
import { ReviewReasonChips } from './ReviewReasonChips'
import { SentimentBadge } from './SentimentBadge'

const LABELS: readonly { label: Label; key: string }[] = [
  { label: 'negative', key: '1' },
  { label: 'neutral', key: '2' },
  { label: 'positive', key: '3' },
]
const EMOTIONS = ['frustration', 'anger', 'confusion', 'urgency', 'satisfaction', 'gratitude', 'disappointment', 'sarcasm']

interface Props {
  readonly item: ReviewItem
  readonly selected: boolean
  /** Emotions the reviewer switched on (1) or off (0). */
  readonly emotionEdits: Readonly<Record<string, number>>
  readonly onSelect: () => void
  readonly onLabel: (label: Label) => void
  readonly onToggleEmotion: (emotion: string) => void
  /** Indices of the cues the reviewer marked wrong. */
  readonly wrongCues: ReadonlySet<number>
  readonly onToggleCue: (index: number) => void
}

/** A reading to check: the text with its cues, the reader's label, and the correction controls. */
export function ReviewCard({ item, selected, emotionEdits, onSelect, onLabel, onToggleEmotion, wrongCues, onToggleCue }: Props) {
  const ref = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking selects; the keyboard selects with j/k
    <li ref={ref} className={selected ? 'card review selected' : 'card review'} onClick={onSelect} aria-current={selected ? 'true' : undefined} data-message-id={item.message_id}>
      <ReviewReasonChips reasons={item.reasons} />
      {isForeign(item.language) ? <LanguageBadge code={item.language} /> : null}
      <p className="message-text" lang={item.language === 'und' ? undefined : item.language}>
        <HighlightedText text={item.text} cues={item.cues} />
      </p>
      <p className="small">
        Reader says <SentimentBadge label={item.label} score={item.score} /> <span className="muted">{percent(item.confidence)} sure</span> · <a href={href({ name: 'conversation', id: item.conversation_id })}>conversation</a>
      </p>
      <fieldset className="actions">
        <legend className="visually-hidden">Sentiment</legend>
        {LABELS.map(({ label, key }) => (
          <button key={label} type="button" className={label === item.label ? 'primary' : undefined} onClick={() => onLabel(label)} aria-keyshortcuts={key}>
            <kbd>{key}</kbd> {label}
            {label === item.label ? ' (confirm)' : ''}
          </button>
        ))}
      </fieldset>
      <fieldset className="actions">
        <legend className="visually-hidden">Emotions present</legend>
        {EMOTIONS.map((e) => {
          const on = (emotionEdits[e] ?? ((item.emotions[e] ?? 0) >= 0.5 ? 1 : 0)) === 1
          return (
            <button key={e} type="button" className={on ? 'toggle on' : 'toggle'} aria-pressed={on} onClick={() => onToggleEmotion(e)}>
              {e}
            </button>
          )
        })}
      </fieldset>
      {item.cues.length === 0 ? null : (
        <fieldset className="actions">
          <legend className="small muted">Cues (press to mark one wrong)</legend>
          {item.cues.map((c, i) => {
            const wrong = wrongCues.has(i)
            return (
              <button key={`${c.kind}-${c.start}`} type="button" className={wrong ? 'toggle cue-wrong' : 'toggle'} aria-pressed={wrong} onClick={() => onToggleCue(i)} title={wrong ? 'marked wrong' : 'looks right'}>
                {wrong ? '✗ ' : ''}
                {c.kind}: “{item.text.slice(c.start, c.end)}”
              </button>
            )
          })}
        </fieldset>
      )}
    </li>
  )
}
