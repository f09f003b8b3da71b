// Where the built-in kinds of personal data are in a text: e-mail addresses, phone numbers, card
// numbers, IBANs, IP addresses and national id numbers, each checked (check digits, issued ranges,
// the shape of the number around it) so that order and ticket numbers, versions, dates, times,
// amounts and tracking codes are left alone. Every pattern here runs in time linear in the text:
// none repeats a group that itself repeats, and a candidate refused is left one character on.
import { bsnValid, codiceFiscaleValid, ibanLength, ibanValid, luhnValid, spanishIdValid, ssnValid } from './id-checksums.js'
import type { PiiKind } from './pii-kinds.js'

/** One finding: `text.slice(start, end)` is personal data of `kind`. */
export interface PiiSpan {
  readonly kind: PiiKind
  readonly start: number
  readonly end: number
}

// A number does not start inside a word, after a sign or currency, or right after a joined token
// ("ORD-2026", "v2.14", "1,299"); it does not end inside one either ("00042-B", "3.0.1"), nor
// before a currency ("1 299 000 €"; a "$" that starts the next amount does not count).
const NUM_START = String.raw`(?<![\p{L}\p{N}_#$€£¥+@]|[\p{L}\p{N}][-./]|\p{N}[,:]|(?:EUR|USD|GBP|CHF)\s?)`
const NUM_END = String.raw`(?![\p{L}\p{N}_@]|[-./,:]\p{N}|[-./][\p{L}]|\s?(?:[€¥%]|(?:[$£]|EUR|USD|GBP|CHF)(?!\s?\d)))`
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`
const WORD_END = String.raw`(?![\p{L}\p{N}_])`

const CARD = new RegExp(`${NUM_START}\\d(?:[ -]?\\d){12,18}${NUM_END}`, 'gu')
const SSN = new RegExp(`${NUM_START}\\d{3}([- ])\\d{2}\\1\\d{4}${NUM_END}`, 'gu')
const UK_NI = new RegExp(`${WORD_START}[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]${WORD_END}`, 'gu')
const SPANISH_ID = new RegExp(`${WORD_START}(?:[XYZ]-?\\d{7}|\\d{8})-?[A-Z]${WORD_END}`, 'gu')
const CODICE_FISCALE = new RegExp(`${WORD_START}[A-Z]{6}[\\dLMNP-V]{2}[ABCDEHLMPRST][\\dLMNP-V]{2}[A-Z][\\dLMNP-V]{3}[A-Z]${WORD_END}`, 'giu')
const BSN_DOTTED = new RegExp(`${NUM_START}\\d{4}\\.\\d{2}\\.\\d{3}${NUM_END}`, 'gu')
/** Nine digits right after a word that names the kind of number ("SSN: 123456789", "BSN 111222333"). */
const NINE_DIGITS = new RegExp(`${NUM_START}\\d{9}${NUM_END}`, 'gu')
const IBAN_START = new RegExp(`${WORD_START}[A-Z]{2}\\d{2}(?= ?[A-Z0-9])`, 'gu')
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const IPV4 = new RegExp(`${WORD_START}(?<![\\p{N}][.])(?:${OCTET}\\.){3}${OCTET}(?![\\p{L}\\p{N}_]|\\.\\p{N})`, 'gu')
const IPV6 = /(?<![\p{L}\p{N}_:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?![\p{L}\p{N}_:])/gu
/** A phone number does not follow another number with only a separator between ("5500 0000 0000 0005"). */
const AFTER_NUMBER = String.raw`(?<!\p{N}[ .-])`
/** International: + or 00, a country code, then groups (an area code in brackets allowed); or + and 8–15 digits. */
const PHONE_INTL = new RegExp(`${NUM_START}(?:(?:\\+|00)[1-9]\\d{0,3}(?:(?:[ .-]?\\(\\d{1,4}\\)[ .-]?|[ .-])\\d{1,8}){1,6}|\\+[1-9]\\d{7,14})${NUM_END}`, 'gu')
/** National: groups of digits with one separator between them, or an area code in brackets. */
const PHONE_NATIONAL = new RegExp(`${NUM_START}(?:\\(\\d{2,5}\\)[ .-]?|${AFTER_NUMBER}\\d{1,5}[ .-])(?:\\d{2,5}[ .-]){0,4}\\d{2,8}${NUM_END}`, 'gu')
/** A run of digits with no separator: a phone number only right after a word that says so. */
const PHONE_BARE = new RegExp(`${NUM_START}${AFTER_NUMBER}\\d{7,15}${NUM_END}`, 'gu')

/** The text just before a number names it an order, ticket, invoice, tracking, version… number. */
const ID_WORD_BEFORE = /(?<!\p{L})(?:order|ordine|pedido|bestellung|commande|ticket|case|invoice|inv|factura|rechnung|ref|reference|account|acct|customer|tracking|shipment|parcel|package|awb|sku|po|serial|build|version|ver|release|error|code)\.?\s*(?:no\.?|nr\.?|number|num|id|#)?\s*[:#]?\s*$/iu
/** The text just before a number says it is a phone number. */
const PHONE_WORD_BEFORE = /(?<!\p{L})(?:phone|tel|telephone|telefon|teléfono|téléphone|telefono|mobile|mob|cell|cellphone|handy|whatsapp|fax|sms|call me|call|text me|ring me|reach me)\.?\s*(?:no\.?|nr\.?|number|num|#)?\s*(?:on|at|is)?\s*[:#]?\s*$/iu
/** The text just before a dotted number names it a version ("version 1.2.3.4"), not an address. */
const VERSION_WORD_BEFORE = /(?<!\p{L})(?:version|ver|build|release|firmware|v)\.?\s*[:#]?\s*$/iu
const SSN_WORD_BEFORE = /(?<!\p{L})(?:ssn|social security(?:\s+(?:number|no\.?|#))?)\s*(?:is)?\s*[:#]?\s*$/iu
const BSN_WORD_BEFORE = /(?<!\p{L})(?:bsn|burgerservicenummer|sofinummer|sofi)\s*(?:is)?\s*[:#]?\s*$/iu

const before = (text: string, start: number): string => text.slice(Math.max(0, start - 40), start)

function countDigits(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

/** Every match of `re` in `text` that `accept` keeps; a refused match is tried again one character on. */
function scan(re: RegExp, text: string, accept: (m: RegExpExecArray) => { start: number; end: number } | undefined, out: (start: number, end: number) => void): void {
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = accept(m)
    if (span === undefined) re.lastIndex = m.index + 1
    else {
      out(span.start, span.end)
      re.lastIndex = span.end
    }
  }
}

const whole = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length })

// ---- e-mail ----

const isLocalChar = (c: string): boolean => /[\p{L}\p{N}._%+-]/u.test(c)
const isDomainChar = (c: string): boolean => /[\p{L}\p{N}-]/u.test(c)

/** E-mail addresses, found from each '@' outwards (no pattern that could backtrack over a long run). */
function findEmails(text: string, out: (start: number, end: number) => void): void {
  let from = 0
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', from)) {
    from = at + 1
    let start = at
    while (start > 0 && at - start < 64 && isLocalChar(text[start - 1] as string)) start--
    while (start < at && text[start] === '.') start++
    if (start === at) continue
    // Labels of letters, digits and hyphens joined by single dots; the last one is the top-level domain.
    let end = at + 1
    let lastDot = -1
    while (end < text.length && end - at < 254) {
      const c = text[end] as string
      if (isDomainChar(c)) end++
      else if (c === '.' && end > at + 1 && text[end - 1] !== '.' && isDomainChar(text[end + 1] ?? '')) {
        lastDot = end
        end++
      } else break
    }
    while (end > at + 1 && text[end - 1] === '-') end--
    if (lastDot < 0 || lastDot >= end) continue
    // "…@gmail.comAbstract": a word glued to the address starts where the case turns.
    const hump = /\p{Ll}\p{Lu}/u.exec(text.slice(lastDot + 1, end))
    if (hump !== null) end = lastDot + 1 + hump.index + 1
    const tld = text.slice(lastDot + 1, end)
    if (!/^(?:\p{L}{2,63}|xn--[\p{L}\p{N}-]+)$/u.test(tld) || text[at + 1] === '-') continue
    out(start, end)
    from = end
  }
}

// ---- card, IBAN, national ids ----

/** The longest run of leading groups of a candidate that is a card number: 13–19 digits from 2–6, Luhn-valid, grouped as cards are. */
function cardIn(candidate: string): number | undefined {
  const groups = candidate.split(/[ -]/)
  // Every grouping of a card starts with four digits; an ungrouped card is one run of 13 to 19.
  const head = (groups[0] as string).length
  if (head !== 4) return head >= 13 && head <= 19 && /^[2-6]/.test(candidate) && luhnValid(groups[0] as string) ? head : undefined
  const seps = candidate.replace(/\d/g, '')
  for (let n = groups.length; n >= 1; n--) {
    const used = groups.slice(0, n)
    const digits = used.join('')
    if (digits.length < 13) return undefined
    if (digits.length > 19) continue
    const sepsUsed = seps.slice(0, n - 1)
    if (n > 1 && sepsUsed !== (sepsUsed[0] as string).repeat(n - 1)) continue
    const sizes = used.map((g) => g.length)
    const shaped = n === 1 || (sizes.length === 3 && sizes[0] === 4 && sizes[1] === 6 && (sizes[2] === 4 || sizes[2] === 5)) || sizes.every((s, i) => (i < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4))
    if (!shaped || !/^[2-6]/.test(digits) || !luhnValid(digits)) continue
    return used.join(' ').length
  }
  return undefined
}

/** The length of the IBAN starting at `start` (single spaces allowed between its characters), if one does. */
function ibanAt(text: string, start: number): number | undefined {
  const length = ibanLength(text.slice(start, start + 2))
  if (length === undefined) return undefined
  let compact = ''
  let i = start
  while (i < text.length && compact.length < length) {
    const c = text[i] as string
    if (/[A-Z0-9]/.test(c)) compact += c
    else if (c !== ' ' || !/[A-Z0-9]/.test(text[i + 1] ?? '') || compact.length % 4 !== 0) return undefined
    i++
  }
  if (compact.length !== length || /[\p{L}\p{N}_]/u.test(text[i] ?? '')) return undefined
  return ibanValid(compact) ? i - start : undefined
}

const NI_PREFIXES_NEVER_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])

// ---- IP addresses ----

function ipv6Valid(candidate: string): boolean {
  let s = candidate
  let extraGroups = 0
  const dot = s.indexOf('.')
  if (dot >= 0) {
    const colon = s.lastIndexOf(':')
    const v4 = s.slice(colon + 1)
    if (!new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`).test(v4)) return false
    s = s.slice(0, colon + 1) + (s[colon - 1] === ':' ? '' : '0')
    extraGroups = 1
  }
  const halves = s.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')))
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false
  const count = groups.length + extraGroups
  if (halves.length === 1) return count === 8
  // "12::30" is more likely a mistyped time than an address: a short form needs a letter or a long group.
  return count <= 7 && /\d/.test(candidate) && (candidate.startsWith('::') || groups.some((g) => g.length >= 3 || /[A-Fa-f]/.test(g)))
}

// ---- phone numbers ----

function phoneDigits(candidate: string): string {
  return candidate.replace(/\D/g, '')
}

/**
 * The longest leading part of a candidate, ending with a whole group of digits, that `ok` accepts:
 * two numbers written one after the other are matched as one and then told apart here.
 */
function longestPrefix(candidate: string, ok: (prefix: string) => boolean): number | undefined {
  for (let end = candidate.length; end > 0; end--) {
    const c = candidate.charCodeAt(end - 1)
    const next = candidate.charCodeAt(end)
    if (c >= 48 && c <= 57 && !(next >= 48 && next <= 57) && ok(candidate.slice(0, end))) return end
  }
  return undefined
}

/** A national-format candidate that is a phone number rather than a count or an SSN-shaped id. */
function nationalPhone(candidate: string): boolean {
  const digits = phoneDigits(candidate).length
  if (digits < 9 || digits > 12) return false
  const groups = candidate.split(/[ .()-]+/).filter((g) => g !== '')
  // "100 000 000" is a number of things; "2026-03-02 12" starts with a date; "123-45-6789" is shaped as an SSN.
  if (groups.length > 1 && /^0+$/.test(groups[groups.length - 1] as string)) return false
  if (/^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?![-./]?\d)/.test(candidate)) return false
  if (/(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?![-./]?\d)/.test(candidate)) return false
  return !/^\d{3}([- ])\d{2}\1\d{4}$/.test(candidate)
}

/**
 * The places of personal data of the given kinds in `text`. They may overlap; they are emitted
 * from the strongest evidence down (e-mail, IBAN, card, national id, IP, phone), so a caller that
 * keeps the first of each overlap keeps the likelier reading.
 */
export function findPii(text: string, kinds: ReadonlySet<PiiKind>, emit: (span: PiiSpan) => void): void {
  const digits = countDigits(text)
  const on = (k: PiiKind): boolean => kinds.has(k)
  const add = (kind: PiiKind) => (start: number, end: number) => emit({ kind, start, end })
  if (on('email') && text.includes('@')) findEmails(text, add('email'))
  if (digits === 0 && !text.includes('::')) return
  if (on('iban') && digits >= 8) {
    IBAN_START.lastIndex = 0
    for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) {
      const length = ibanAt(text, m.index)
      if (length !== undefined) {
        emit({ kind: 'iban', start: m.index, end: m.index + length })
        IBAN_START.lastIndex = m.index + length
      }
    }
  }
  if (on('card') && digits >= 13) {
    scan(CARD, text, (m) => {
      const length = cardIn(m[0])
      return length === undefined ? undefined : { start: m.index, end: m.index + length }
    }, add('card'))
  }
  if (on('national_id') && digits >= 6) {
    const id = add('national_id')
    if (digits >= 9) {
      scan(SSN, text, (m) => (ssnValid(phoneDigits(m[0])) ? whole(m) : undefined), id)
      scan(BSN_DOTTED, text, (m) => (bsnValid(phoneDigits(m[0])) ? whole(m) : undefined), id)
      scan(NINE_DIGITS, text, (m) => {
        const b = before(text, m.index)
        return (SSN_WORD_BEFORE.test(b) && ssnValid(m[0])) || (BSN_WORD_BEFORE.test(b) && bsnValid(m[0])) ? whole(m) : undefined
      }, id)
    }
    if (digits >= 7) scan(SPANISH_ID, text, (m) => (spanishIdValid(m[0].replaceAll('-', '')) ? whole(m) : undefined), id)
    scan(UK_NI, text, (m) => (NI_PREFIXES_NEVER_ISSUED.has(m[0].slice(0, 2)) ? undefined : whole(m)), id)
    scan(CODICE_FISCALE, text, (m) => (codiceFiscaleValid(m[0].toUpperCase()) ? whole(m) : undefined), id)
  }
  if (on('ip')) {
    const ip = add('ip')
    const notVersion = (m: RegExpExecArray) => (VERSION_WORD_BEFORE.test(before(text, m.index)) ? undefined : whole(m))
    if (digits >= 4 && text.includes('.')) scan(IPV4, text, notVersion, ip)
    if (text.includes(':')) scan(IPV6, text, (m) => (ipv6Valid(m[0]) ? notVersion(m) : undefined), ip)
  }
  if (on('phone') && digits >= 7) {
    const phone = add('phone')
    if (text.includes('+') || text.includes('00')) {
      scan(PHONE_INTL, text, (m) => {
        if (m[0].startsWith('00') && ID_WORD_BEFORE.test(before(text, m.index))) return undefined
        const length = longestPrefix(m[0], (p) => {
          const n = phoneDigits(p).length - (p.startsWith('00') ? 2 : 0)
          return n >= 8 && n <= 15
        })
        return length === undefined ? undefined : { start: m.index, end: m.index + length }
      }, phone)
    }
    if (digits >= 9) {
      scan(PHONE_NATIONAL, text, (m) => {
        // "Order 123 456 789" is an order number; "(555) 123-4567" is a phone number after any word.
        if (!m[0].startsWith('(') && ID_WORD_BEFORE.test(before(text, m.index))) return undefined
        const length = longestPrefix(m[0], nationalPhone)
        return length === undefined ? undefined : { start: m.index, end: m.index + length }
      }, phone)
    }
    scan(PHONE_BARE, text, (m) => (PHONE_WORD_BEFORE.test(before(text, m.index)) ? whole(m) : undefined), phone)
  }
}
