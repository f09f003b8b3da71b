import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../api-context'
import { type Correction, type Label, type ReviewItem, isLabel } from '../api'
import { Async } from '../components/Async'
import { Pager } from '../components/Pager'
import { ReviewCard } from '../components/ReviewCard'
import { ReviewEmpty } from '../components/ReviewEmpty'
import { ReviewFilters } from '../components/ReviewFilters'
import { percent, score } from '../format'
import { REVIEW_FILTERS, pageCount, pageOf, reviewApiQuery, withChanges } from '../list-query'
import { type ListQuery, navigate, useRoute } from '../router'
import { useKeyList } from '../use-key-list'
import { useResource } from '../use-resource'
import '../styles/lists.css'

const NO_QUERY: ListQuery = {}
const PAGE_SIZES = [20, 10, 50, 100] as const

const KEY_LABELS: Readonly<Record<string, Label>> = { '1': 'negative', '2': 'neutral', '3': 'positive' }

/** What the reader says now, after the correction was learned from. */
function reread(c: Correction): string {
  return c.reading === null ? '' : ` Read again: ${c.reading.label} ${score(c.reading.score)}, ${percent(c.reading.confidence)} sure.`
}

/**
 * Readings active learning picked for a look, within the workspace's daily budget, a page at a
 * time and filtered as the hash says (`#/review?label=negative&page=2`). One key per decision:
 * 1/2/3 correct the label to negative/neutral/positive, Enter confirms the reading as it is; j/k
 * move; [ and ] page.
 */
export function ReviewScreen() {
  const api = useApi()
  const route = useRoute()
  const query = route.name === 'review' ? (route.query ?? NO_QUERY) : NO_QUERY
  const apiQuery = reviewApiQuery(query, PAGE_SIZES[0])
  const view = JSON.stringify(apiQuery)
  const review = useResource((a) => a.review(apiQuery), [view])
  const { page, size } = pageOf(query, PAGE_SIZES[0])
  const go = useCallback((changes: Readonly<Record<string, string>>) => navigate({ name: 'review', query: withChanges(query, changes) }), [query])
  const toPage = useCallback((p: number) => go({ page: String(p) }), [go])
  // Reviewed items leave the list at once; the server stops returning them too.
  const [reviewed, setReviewed] = useState<ReadonlySet<string>>(new Set())
  const [emotionEdits, setEmotionEdits] = useState<Readonly<Record<string, Record<string, number>>>>({})
  const [cueEdits, setCueEdits] = useState<Readonly<Record<string, ReadonlySet<number>>>>({})
  const [status, setStatus] = useState<{ text: string; error: boolean } | undefined>()
  const loaded = review.data?.items ?? []
  const items = loaded.filter((i) => !reviewed.has(i.message_id))
  // Each review sent since the list loaded uses up one of today's; the server counts them too.
  const budget = review.data?.budget
  const left = budget === undefined ? undefined : { ...budget, remaining: Math.max(0, budget.remaining - (loaded.length - items.length)) }
  const total = review.data?.total ?? 0
  // A page reviewed to the end brings the next picks, which now stand on this page.
  const pageDone = loaded.length > 0 && items.length === 0 && total > loaded.length
  useEffect(() => {
    if (pageDone) review.reload()
  }, [pageDone, review.reload])
  // A link or a finished last page can point past the end: show the page that is now the last.
  useEffect(() => {
    if (total > 0 && page > pageCount(total, size)) toPage(pageCount(total, size))
  }, [total, page, size, toPage])
  const filtered = REVIEW_FILTERS.some((k) => query[k] !== undefined)

  const submit = useCallback(
    async (item: ReviewItem, label: Label): Promise<void> => {
      const emotions = emotionEdits[item.message_id]
      setReviewed((r) => new Set([...r, item.message_id]))
      try {
        const wrong = cueEdits[item.message_id]
        // Cues are sent only when the reviewer marked one wrong; each cue then says right or wrong.
        const cues = wrong === undefined || wrong.size === 0 ? undefined : item.cues.slice(0, 50).map((c, i) => ({ kind: c.kind, start: c.start, end: c.end, correct: !wrong.has(i) }))
        const saved = await api.correct({ message_id: item.message_id, reviewer: `dashboard:${api.keyId}`, label, source: 'dashboard', ...(emotions === undefined ? {} : { emotions }), ...(cues === undefined ? {} : { cues }) })
        setStatus({ text: `${label === item.label ? `Confirmed “${label}”.` : `Corrected ${item.label} → ${label}.`}${reread(saved)}`, error: false })
      } catch (err) {
        setReviewed((r) => new Set([...r].filter((x) => x !== item.message_id)))
        setStatus({ text: `Not saved: ${(err as Error).message}`, error: true })
      }
    },
    [api, emotionEdits, cueEdits],
  )
  const confirm = useCallback((i: number) => {
    const item = items[i]
    if (item !== undefined && isLabel(item.label)) void submit(item, item.label)
  }, [items, submit])
  const onKey = useCallback(
    (e: KeyboardEvent, i: number): boolean => {
      const label = KEY_LABELS[e.key]
      const item = items[i]
      if (label === undefined || item === undefined) return false
      void submit(item, label)
      return true
    },
    [items, submit],
  )
  const [selected, setSelected] = useKeyList(items.length, confirm, onKey)

  const toggleCue = (item: ReviewItem, index: number): void => {
    const now = new Set(cueEdits[item.message_id] ?? [])
    if (now.has(index)) now.delete(index)
    else now.add(index)
    setCueEdits({ ...cueEdits, [item.message_id]: now })
  }
  const toggleEmotion = (item: ReviewItem, emotion: string): void => {
    const edits = emotionEdits[item.message_id] ?? {}
    const now = edits[emotion] ?? ((item.emotions[emotion] ?? 0) >= 0.5 ? 1 : 0)
    setEmotionEdits({ ...emotionEdits, [item.message_id]: { ...edits, [emotion]: now === 1 ? 0 : 1 } })
  }

  return (
    <section aria-labelledby="review-title">
      <div className="screen-head">
        <h1 id="review-title">Review</h1>
        <p className="muted small">
          <kbd>1</kbd> negative · <kbd>2</kbd> neutral · <kbd>3</kbd> positive · <kbd>Enter</kbd> confirm · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>[</kbd>/<kbd>]</kbd> page
        </p>
      </div>
      {left === undefined ? null : (
        <p className="budget">
          <strong>
            {left.remaining} of {left.daily}
          </strong>{' '}
          reviews left today
          <span className="muted small"> · picked for what they teach the model: unsure readings, cues that disagree, messages unlike any reviewed, outcomes that disagree</span>
        </p>
      )}
      <p className={status?.error === true ? 'error' : 'notice'} role="status" aria-live="polite">
        {status?.text ?? '\u00a0'}
      </p>
      <ReviewFilters query={query} facets={review.data?.facets} sizes={PAGE_SIZES} onChange={go} />
      <Async
        resource={review}
        label="readings to review"
        isEmpty={() => items.length === 0}
        empty={
          filtered && (left?.remaining ?? 0) > 0 ? (
            <>
              <p>None of today's picks match these filters.</p>
              <button type="button" onClick={() => go({ reason: '', language: '', label: '' })}>
                Clear filters
              </button>
            </>
          ) : (
            <ReviewEmpty budget={left} onAgain={review.reload} />
          )
        }
      >
        {(d) => (
          <>
          <div className="list-bar">
            <Pager page={d.page} size={d.page_size} shown={d.items.length} total={d.total} noun="readings to review" onPage={toPage} keys />
          </div>
          <ol className="review-list" start={(d.page - 1) * d.page_size + 1}>
            {items.map((item, i) => (
              <ReviewCard key={item.message_id} item={item} selected={i === selected} emotionEdits={emotionEdits[item.message_id] ?? {}} onSelect={() => setSelected(i)} onLabel={(l) => void submit(item, l)} onToggleEmotion={(e) => toggleEmotion(item, e)} wrongCues={cueEdits[item.message_id] ?? new Set()} onToggleCue={(c) => toggleCue(item, c)} />
            ))}
          </ol>
          </>
        )}
      </Async>
    </section>
  )
}
