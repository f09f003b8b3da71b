import { EMOTIONS, type Emotion } from '@undertone/engine'
import { csvRows } from '../../csv-rows.js'
import { jsonErrorWithoutText } from '../privacy/json-error-without-text.js'

/** One correction row of a bulk import, validated. */
export interface CorrectionRowInput {
  readonly line: number
  /** A stored message's id; or, with `text`, a labelled message the service has never seen. */
  readonly messageId?: string
  readonly text?: string
  readonly label?: 'negative' | 'neutral' | 'positive'
  readonly emotions?: Partial<Record<Emotion, number>>
  readonly reviewer?: string
}

/** A row that could not be used, and why. */
export interface RowError {
  readonly line: number
  readonly message: string
}

const LABELS = new Set(['negative', 'neutral', 'positive'])
const MAX_TEXT = 50_000

/** CSAT 1–5 as a sentiment label: 1–2 negative, 3 neutral, 4–5 positive. */
export function labelFromCsat(csat: number): 'negative' | 'neutral' | 'positive' {
  return csat <= 2 ? 'negative' : csat >= 4 ? 'positive' : 'neutral'
}

function validate(line: number, raw: Record<string, unknown>): CorrectionRowInput | RowError {
  const str = (k: string): string | undefined => (typeof raw[k] === 'string' && (raw[k] as string).trim() !== '' ? (raw[k] as string).trim() : undefined)
  const messageId = str('message_id')
  const text = typeof raw.text === 'string' && raw.text.trim() !== '' ? raw.text : undefined
  if (messageId === undefined && text === undefined) return { line, message: 'give message_id or text' }
  if (text !== undefined && text.length > MAX_TEXT) return { line, message: `text longer than ${MAX_TEXT} characters` }
  let label = str('label')?.toLowerCase()
  if (label !== undefined && !LABELS.has(label)) return { line, message: `label must be negative, neutral or positive, not "${label}"` }
  const csatRaw = raw.csat
  if (csatRaw !== undefined && csatRaw !== '' && csatRaw !== null) {
    const csat = Number(csatRaw)
    if (!Number.isFinite(csat) || csat < 1 || csat > 5) return { line, message: `csat must be 1–5, not "${String(csatRaw)}"` }
    label ??= labelFromCsat(csat)
  }
  const emotions: Partial<Record<Emotion, number>> = {}
  const source = typeof raw.emotions === 'object' && raw.emotions !== null ? (raw.emotions as Record<string, unknown>) : raw
  for (const e of EMOTIONS) {
    const v = source[e]
    if (v === undefined || v === '' || v === null) continue
    const n = typeof v === 'boolean' ? (v ? 1 : 0) : Number(v)
    if (!Number.isFinite(n) || n < 0 || n > 1) return { line, message: `${e} must be between 0 and 1, not "${String(v)}"` }
    emotions[e] = n
  }
  if (typeof raw.emotions === 'object' && raw.emotions !== null) {
    const unknown = Object.keys(raw.emotions).filter((k) => !(EMOTIONS as readonly string[]).includes(k))
    if (unknown.length > 0) return { line, message: `unknown emotion ${unknown[0]}` }
  }
  const hasEmotions = Object.keys(emotions).length > 0
  if (label === undefined && !hasEmotions) return { line, message: 'give a label, a csat or at least one emotion' }
  const reviewer = str('reviewer')
  if (reviewer !== undefined && reviewer.length > 200) return { line, message: 'reviewer longer than 200 characters' }
  return { line, ...(messageId === undefined ? {} : { messageId }), ...(text === undefined ? {} : { text }), ...(label === undefined ? {} : { label: label as CorrectionRowInput['label'] & string }), ...(hasEmotions ? { emotions } : {}), ...(reviewer === undefined ? {} : { reviewer }) }
}

/**
 * Parses a bulk correction file: CSV with a header row (message_id or text, label, csat, one
 * column per emotion, reviewer) or JSON Lines with the same fields (`emotions` may be an object).
 * Every row is checked; the caller decides whether errors reject the file.
 */
export async function parseCorrectionRows(body: string, format: 'csv' | 'jsonl'): Promise<{ rows: CorrectionRowInput[]; errors: RowError[] }> {
  const rows: CorrectionRowInput[] = []
  const errors: RowError[] = []
  const push = (r: CorrectionRowInput | RowError): void => {
    if ('message' in r) errors.push(r)
    else rows.push(r)
  }
  if (format === 'jsonl') {
    body.split('\n').forEach((l, i) => {
      if (l.trim() === '') return
      let raw: unknown
      try {
        raw = JSON.parse(l)
      } catch (err) {
        errors.push({ line: i + 1, message: jsonErrorWithoutText(err) })
        return
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) errors.push({ line: i + 1, message: 'each line must be a JSON object' })
      else push(validate(i + 1, raw as Record<string, unknown>))
    })
    return { rows, errors }
  }
  let header: string[] | undefined
  for await (const rec of csvRows((async function* () {
    yield body
  })())) {
    // A broken record (a quote never closed) is an error of its own line, not a swallowed neighbour.
    if ('error' in rec) {
      errors.push({ line: rec.line, message: rec.error.message })
      continue
    }
    if (header === undefined) {
      header = rec.fields.map((f) => f.trim().toLowerCase())
      if (!header.includes('message_id') && !header.includes('text')) return { rows, errors: [{ line: rec.line, message: 'the header must name a message_id or a text column' }] }
      continue
    }
    if (rec.fields.length === 1 && rec.fields[0] === '') continue
    if (rec.fields.length !== header.length) {
      errors.push({ line: rec.line, message: `expected ${header.length} fields, found ${rec.fields.length}` })
      continue
    }
    push(validate(rec.line, Object.fromEntries(header.map((h, i) => [h, rec.fields[i]]))))
  }
  if (header === undefined) errors.push({ line: 1, message: 'the file is empty' })
  return { rows, errors }
}
