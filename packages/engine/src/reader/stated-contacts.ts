/**
 * The contacts a customer says this one is: "This is my fourth time contacting you" 4, "I've
 * reported this three times" 3, "second email about this" 2, "zum dritten Mal" beside "schreibe" 3.
 * The customer reading joins that many earlier contacts however far apart they were, and counts
 * contacts our records never saw (a phone call, another inbox) from the customer's own word.
 */
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import type { Cue } from './reading.js'

// Ordinals and counts in the languages whose tables find repeat contacts ("third", "tercera vez",
// "troisième fois", "dritten Mal", "terza volta", "terceira vez"), with "twice", "dreimal".
const NUMBERS: ReadonlyMap<string, number> = new Map(
  (
    [
      [2, 'second 2nd two twice segunda segundo dos deuxième deuxieme deux seconde zweite zweiten zweites zwei zweimal seconda due duas dois'],
      [3, 'third 3rd three thrice tercera tercero tres troisième troisieme trois dritte dritten drittes drei dreimal terza terzo tre terceira terceiro três'],
      [4, 'fourth 4th four cuarta cuarto cuatro quatrième quatrieme quatre vierte vierten viertes vier viermal quarta quarto quattro quatro'],
      [5, 'fifth 5th five quinta quinto cinco cinquième cinquieme cinq fünfte fünften fünf fünfmal cinque'],
      [6, 'sixth 6th six sexta sexto seis sixième sixieme sechste sechsten sechs sechsmal sesta sesto sei'],
      [7, 'seventh 7th seven séptima septima siete septième septieme sieben siebten settima sette sétima sete'],
      [8, 'eighth 8th eight octava ocho huitième huitieme huit achten acht ottava otto oitava oito'],
      [9, 'ninth 9th nine novena nueve neuvième neuvieme neuf neunten neun nona nove'],
      [10, 'tenth 10th ten décima decima diez dixième dixieme dix zehnten zehn dieci dez'],
      // Said for "many": counted as the fewest contacts that make a repeat streak worth a reason.
      [3, 'umpteenth nth millionth hundredth 100th 1000th enésima enésimo énième xten zigsten ennesima'],
    ] as const
  ).flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as const)),
)

// Nouns that are contacts in themselves: "fourth email", "third ticket", "2nd complaint".
const CONTACT_NOUNS: ReadonlySet<string> = new Set(
  'email emails e-mail e-mails mail mails message messages call calls ticket tickets chat chats request requests complaint complaints letter letters contact contacts report reports chase chases chaser reminder reminders follow-up follow-ups followup followups dm dms tweet tweets correo correos mensaje mensajes llamada llamadas reclamación reclamacion reclamo queja quejas courriel courriels réclamation reclamation relance appel appels anruf anrufe nachricht nachrichten beschwerde mahnung mensagem mensagens ligação ligacao reclamação reclamacao chamado chamada messaggio messaggi chiamata chiamate sollecito segnalazione'.split(' '),
)

// Nouns that count occasions, a contact only beside a verb of contacting: "the third time I've
// written" is a contact; "the third time this has happened" is a fault come back.
const TIME_NOUNS: ReadonlySet<string> = new Set('time times vez veces vezes fois mal volta volte'.split(' '))

// Stems of the verbs of contacting, per language, matched at a word's start.
const CONTACT_VERB_STEMS: Readonly<Record<string, readonly string[]>> = {
  en: ['contact', 'writ', 'wrote', 'email', 'e-mail', 'mail', 'call', 'ask', 'messag', 'report', 'chas', 'reach', 'rais', 'complain', 'explain', 'told', 'tell', 'rang', 'rung', 'ring', 'phon', 'submit', 'chat', 'ping', 'tweet', 'dm', 'follow'],
  es: ['escrib', 'escrit', 'llam', 'contact', 'reclam', 'pid', 'pregunt', 'avis', 'comunic', 'report', 'quej'],
  fr: ['écri', 'ecri', 'contact', 'appel', 'signal', 'demand', 'réclam', 'reclam', 'relanc', 'envoi'],
  de: ['schreib', 'geschrieben', 'meld', 'gemeldet', 'anruf', 'angerufen', 'ruf', 'kontakt', 'frag', 'gefragt', 'reklamier', 'nachfrag', 'beschwer'],
  it: ['scriv', 'scritt', 'contatt', 'chiam', 'segnal', 'chied', 'chiest', 'sollecit', 'reclam'],
  pt: ['escrev', 'escrit', 'contat', 'contact', 'lig', 'ped', 'pergunt', 'mand', 'reclam'],
}

function isContactVerb(word: string, stems: readonly string[]): boolean {
  for (const s of stems) if (word.startsWith(s)) return true
  return false
}

// Counts past this are hyperbole or a mistake as often as a tally ("I've called 50 times").
const MAX_COUNT = 10

/**
 * The count a repeat-contact cue states, if it counts contacts: a number word or ordinal in the cue
 * beside a contact noun, or beside "time(s)" (vez, fois, Mal, volta) with a verb of contacting in
 * the same sentence. Undefined otherwise (a fault that happened "the third time this week").
 */
export function statedContactCount(tokens: readonly Token[], sentences: readonly SentenceRange[], cue: Cue, language: string): number | undefined {
  let first = -1
  let last = -1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.end <= cue.start) continue
    if (t.start >= cue.end) break
    if (first < 0) first = i
    last = i
  }
  if (first < 0) return undefined
  let count: number | undefined
  let byTime = false
  let byNoun = false
  for (let i = first; i <= last; i++) {
    const w = (tokens[i] as Token).norm
    const n = NUMBERS.get(w) ?? digitsOf(w)
    if (n !== undefined && count === undefined) {
      count = n
      // "twice", "dreimal" carry their own "times".
      if (w === 'twice' || w === 'thrice' || w.endsWith('mal')) byTime = true
      continue
    }
    if (count === undefined) continue
    if (CONTACT_NOUNS.has(w)) byNoun = true
    else if (TIME_NOUNS.has(w)) byTime = true
  }
  if (count === undefined || count < 2) return undefined
  if (!byNoun) {
    const stems = CONTACT_VERB_STEMS[language]
    if (!byTime || stems === undefined) return undefined
    const s = sentences.find((r) => r.from <= first && first < r.to)
    let verb = false
    for (let i = s?.from ?? first; i < (s?.to ?? last + 1) && !verb; i++) verb = isContactVerb((tokens[i] as Token).norm, stems)
    if (!verb) return undefined
  }
  return Math.min(MAX_COUNT, count)
}

/** "3", "3rd", "4th": the number; undefined for anything else. */
function digitsOf(w: string): number | undefined {
  const m = /^(\d{1,3})(st|nd|rd|th|ª|º|e|ème|°)?$/.exec(w)
  return m === null ? undefined : Number(m[1])
}

/** The cues with each repeat-contact cue that states its count carrying it. */
export function withStatedContacts(tokens: readonly Token[], sentences: readonly SentenceRange[], cues: readonly Cue[], language: string): readonly Cue[] {
  let out: Cue[] | undefined
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue
    if (c.kind !== 'repeat-contact') continue
    const count = statedContactCount(tokens, sentences, c, language)
    if (count === undefined) continue
    out ??= [...cues]
    out[i] = { ...c, count }
  }
  return out ?? cues
}
