/** A half-open character range of the input. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/** Where the customer's own words are, and what was set aside as quote or signature. */
export interface MessageBody {
  readonly body: readonly TextRange[]
  readonly ignored: readonly { readonly kind: 'quote' | 'signature'; readonly start: number; readonly end: number }[]
}

interface Line {
  readonly start: number
  readonly end: number
  readonly text: string
}

// Reply headers: "On Tue, 3 Mar 2026, Ann <ann@x.io> wrote:", Outlook blocks and their French/German/Spanish forms.
const REPLY_HEADER = /^(on\s.{1,200}\bwrote:?|le\s.{1,200}a écrit\s?:?|am\s.{1,200}schrieb.{0,80}:?|el\s.{1,200}escribió:?)\s*$/i
const ORIGINAL_MESSAGE = /^[-_=\s]*(original message|forwarded message|ursprüngliche nachricht|message d'origine)[-_=\s]*$/i
const HEADER_FIELD = /^\*?(from|von|de|sent|date|to|subject|cc|envoyé|gesendet|betreff|objet)\s?\*?:/i
const SEPARATOR = /^[_\-=]{8,}\s*$/
const SENT_FROM = /^(sent from my|get outlook for|sent via|envoyé de mon|von meinem)\b/i
const SIGN_OFF = /^(best|kind|warm|many)?\s*(regards|wishes|thanks|thank you|cheers|sincerely|best|br|thx|rgds|cordialement|grüße|saludos)[,.!]?\s*$/i

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = []
  let s = from
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 0x0a) {
      let e = i
      if (e > s && text.charCodeAt(e - 1) === 0x0d) e--
      lines.push({ start: s, end: e, text: text.slice(s, Math.min(e, s + 400)) })
      s = i + 1
    }
  }
  return lines
}

const MAX_SIGNATURE_LINES = 6

/**
 * True when the lines from `from` up to the quoted history (or the end) are few and short enough to
 * be a signature. Reads at most one line past the limit: reading every line below each sign-off made
 * a message of many sign-off-like lines ("Thanks" on every line) quadratic.
 */
function isShortSignature(lines: readonly Line[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const t = (lines[k] as Line).text.trim()
    if (REPLY_HEADER.test(t) || t.startsWith('>')) return true
    if (k - from >= MAX_SIGNATURE_LINES || t.length > 60) return false
  }
  return true
}

/**
 * Finds the part of an e-mail that the sender wrote this time: drops quoted history (">"-lines,
 * "On … wrote:" and Outlook "From:/Sent:" blocks, with everything below them) and the signature
 * ("-- ", "Sent from my phone", a sign-off followed by a few short lines). Plain chat text passes
 * through untouched. Offsets refer to the original text.
 */
export function findMessageBody(text: string, from = 0, to = text.length): MessageBody {
  if (text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to) return { body: [{ start: from, end: to }], ignored: [] }
  const lines = splitLines(text, from, to)
  const ignored: { kind: 'quote' | 'signature'; start: number; end: number }[] = []
  let cut = lines.length
  let cutKind: 'quote' | 'signature' = 'quote'
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as Line).text.trim()
    const next = (lines[i + 1]?.text ?? '').trim()
    const joined = `${t} ${next}`
    if (REPLY_HEADER.test(t) || (t.length > 0 && !t.endsWith(':') && /wrote:?\s*$/i.test(joined) && /^on\s/i.test(t) && REPLY_HEADER.test(joined)) || ORIGINAL_MESSAGE.test(t) || (SEPARATOR.test(t) && HEADER_FIELD.test(next))) {
      cut = i
      cutKind = 'quote'
      break
    }
    if (HEADER_FIELD.test(t) && /^\*?(from|von|de)\b/i.test(t)) {
      const window = lines.slice(i + 1, i + 5).map((l) => l.text.trim())
      if (window.some((w) => /^\*?(sent|date|to|subject|gesendet|envoyé|betreff|objet)\s?\*?:/i.test(w))) {
        cut = i
        cutKind = 'quote'
        break
      }
    }
    if (t === '--' || (lines[i] as Line).text === '-- ' || SENT_FROM.test(t)) {
      cut = i
      cutKind = 'signature'
      break
    }
    // A sign-off with only a few short lines (name, title, phone) after it, and some text before it.
    if (i > 0 && SIGN_OFF.test(t) && isShortSignature(lines, i + 1)) {
      cut = i
      cutKind = 'signature'
      break
    }
  }
  const body: TextRange[] = []
  let runStart = -1
  let runEnd = -1
  let quoteStart = -1
  for (let i = 0; i < cut; i++) {
    const line = lines[i] as Line
    const quoted = line.text.trimStart().startsWith('>')
    if (quoted) {
      if (runStart >= 0) {
        body.push({ start: runStart, end: runEnd })
        runStart = -1
      }
      if (quoteStart < 0) quoteStart = line.start
      continue
    }
    if (quoteStart >= 0) {
      ignored.push({ kind: 'quote', start: quoteStart, end: (lines[i - 1] as Line).end })
      quoteStart = -1
    }
    if (runStart < 0) runStart = line.start
    runEnd = line.end
  }
  if (quoteStart >= 0) ignored.push({ kind: 'quote', start: quoteStart, end: (lines[cut - 1] as Line).end })
  if (runStart >= 0) body.push({ start: runStart, end: runEnd })
  if (cut < lines.length) ignored.push({ kind: cutKind, start: (lines[cut] as Line).start, end: to })
  // A message that is nothing but quote keeps its text: better to read it than to read nothing.
  if (body.every((r) => text.slice(r.start, r.end).trim().length === 0)) return { body: [{ start: from, end: to }], ignored: [] }
  return { body, ignored }
}
