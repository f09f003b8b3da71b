/**
 * Turns a vendor's message body (HTML or plain text) into the words the customer wrote this time: tags
 * stripped, entities decoded, quoted e-mail history and signatures cut, so the reader never scores the
 * agent's previous reply a customer quoted back.
 */

/** Elements whose content is never the author's text this time: quoted history, scripts, styles. */
const DROPPED_ELEMENTS = new Set(['blockquote', 'script', 'style', 'head', 'title', 'template'])

/** Class names mail clients put on the wrapper of quoted history. */
const QUOTE_CLASS = /\b(?:gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|OutlookMessageHeader|zd-quoted|quote)\b/i

/** Elements after which the text breaks a line. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'br', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
])

/**
 * Whether a body is HTML: a common element or a comment. A bare `<ana@example.org>` or `I <3 it` in a
 * plain-text body is not, and keeps its line breaks.
 */
const HTML_MARKUP = /<!--|<\/?(?:a|b|i|u|p|br|hr|div|span|font|strong|em|ul|ol|li|table|tbody|tr|td|th|blockquote|html|body|head|h[1-6]|img|pre|code|style|script|section|article)\b[^<>]*>/i

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '', zwj: '',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£',
  yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', iexcl: '¡', iquest: '¿',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', ccedil: 'ç', eacute: 'é', egrave: 'è',
  ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ntilde: 'ñ', oacute: 'ó', ograve: 'ò',
  ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', szlig: 'ß',
  Aacute: 'Á', Agrave: 'À', Auml: 'Ä', Ccedil: 'Ç', Eacute: 'É', Egrave: 'È', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö',
  Uacute: 'Ú', Uuml: 'Ü',
}

/**
 * A line that opens quoted history: everything from it on is what the customer replied to, not what
 * they wrote ("On Tue, 4 Mar 2025, Ana wrote:", Outlook's "-----Original Message-----", a forwarded
 * header, and the same in a few other languages mail clients use).
 */
const QUOTE_HEADER = [
  /^on\b.{0,300}\bwrote:?$/i,
  /^-{2,}\s*original message\s*-{2,}$/i,
  /^-{2,}\s*forwarded message\s*-{2,}$/i,
  /^begin forwarded message:?$/i,
  /^le\b.{0,300}\ba écrit\s?:$/i,
  /^am\b.{0,300}\bschrieb.{0,100}:$/i,
  /^el\b.{0,300}\bescribió:$/i,
  /^op\b.{0,300}\bgeschreven:$/i,
  /^_{10,}$/,
]

/** A line that opens a signature ("-- " by convention, and what phones append). */
const SIGNATURE_START = [/^--$/, /^sent from my \w+/i, /^get outlook for \w+/i, /^sent from (?:mail|yahoo mail|outlook) for \w+/i]

/** Outlook's reply header: "From: …" followed within two lines by "Sent:" or "Date:". */
function outlookHeaderAt(lines: readonly string[], i: number): boolean {
  if (!/^from:\s/i.test(lines[i] ?? '')) return false
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) if (/^(?:sent|date):\s/i.test(lines[j] ?? '')) return true
  return false
}

/** Decodes named (a common set), decimal and hexadecimal character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
      return String.fromCodePoint(code)
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** The tag at `start` (`<` already seen): its lower-cased name, whether it closes, and where it ends. */
function readTag(html: string, start: number): { name: string; closing: boolean; selfClosing: boolean; attributes: string; end: number } | null {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(start, start + 64))
  if (match === null) return null
  let end = html.indexOf('>', start)
  if (end === -1) end = html.length - 1
  const inner = html.slice(start + match[0].length, end)
  return { name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/', selfClosing: inner.endsWith('/'), attributes: inner, end }
}

/** Strips tags (dropping quoted and non-text elements with their content) and breaks lines at block elements. */
function stripTags(html: string): string {
  let out = ''
  let i = 0
  // While inside a dropped element: its name and how deeply the same name is nested within it.
  let dropping: { name: string; depth: number } | null = null
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      if (dropping === null) out += html.slice(i)
      break
    }
    if (dropping === null) out += html.slice(i, lt)
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      i = close === -1 ? html.length : close + 3
      continue
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt)
      i = close === -1 ? html.length : close + 1
      continue
    }
    const tag = readTag(html, lt)
    if (tag === null) {
      // A bare '<' in text ("I <3 this", "a < b") is text, not a tag.
      if (dropping === null) out += '<'
      i = lt + 1
      continue
    }
    i = tag.end + 1
    if (dropping !== null) {
      if (tag.name === dropping.name && !tag.selfClosing && !VOID_ELEMENTS.has(tag.name)) {
        dropping.depth += tag.closing ? -1 : 1
        if (dropping.depth === 0) dropping = null
      }
      continue
    }
    if (!tag.closing && !tag.selfClosing && !VOID_ELEMENTS.has(tag.name) && (DROPPED_ELEMENTS.has(tag.name) || QUOTE_CLASS.test(classOf(tag.attributes)))) {
      dropping = { name: tag.name, depth: 1 }
      continue
    }
    if (BLOCK_ELEMENTS.has(tag.name)) out += '\n'
  }
  return out
}

function classOf(attributes: string): string {
  const match = /\b(?:class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(attributes)
  return match?.[1] ?? ''
}

/**
 * The text of a message body: HTML tags stripped (quoted `<blockquote>`s and mail clients' quote wrappers
 * with their content), entities decoded, quoted history (`>` lines, "On … wrote:", "-----Original
 * Message-----", Outlook's From/Sent header) and signatures ("-- ", "Sent from my phone") cut, blank runs
 * collapsed. Plain text goes through the same cuts. Never throws.
 */
export function plainText(html: string): string {
  if (typeof html !== 'string' || html === '') return ''
  const looksHtml = HTML_MARKUP.test(html)
  const decoded = decodeEntities(looksHtml ? stripTags(html.replace(/\r\n?/g, '\n').replace(/\n/g, ' ')) : html.replace(/\r\n?/g, '\n'))
  const lines = decoded.split('\n').map((line) => line.replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').replace(/[\u200b\ufeff]/g, ''))
  // Blank lines in HTML come from markup (`</p><p>`), not from the author: only text keeps them.
  const trimmed = lines.map((line) => line.trim()).filter((line) => !looksHtml || line !== '')
  const kept: string[] = []
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i] ?? ''
    if (SIGNATURE_START.some((pattern) => pattern.test(line))) break
    if (QUOTE_HEADER.some((pattern) => pattern.test(line)) || outlookHeaderAt(trimmed, i)) break
    // "On Tue, 4 Mar 2025 at 09:00, Ana <ana@example.org>" wraps "wrote:" onto the next line.
    if (/^on\b/i.test(line) && /^wrote:?$/i.test(trimmed[i + 1] ?? '')) break
    if (line.startsWith('>')) continue
    kept.push(line)
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim()
}
