/**
 * Words that never name what a customer is unhappy about: function words, greetings, and the
 * filler and reactions of a complaint ("nope", "same", "tried", "still broken", "great."). They
 * say that something is wrong, which the label already says, not what; as drivers they crowd out
 * the product words ("csv export", "invoice") that a team can act on.
 */
const WORDS = [
  // Function words, pronouns, auxiliaries.
  'a an the and or but if then so of to in on at by for with from as is are was were be been being am',
  'i me my we our you your it its this that these those he she they them their there here what which who',
  'when where why how all any some no not do does did done have has had can could will would should shall',
  'may might must just very really also too only than into about over again still get got',
  // Courtesy and the support desk itself.
  'please thanks thank hi hello hey dear team support help issue problem question',
  'one two im ive id dont cant wont isnt doesnt didnt thats theres yes yeah ok okay',
  'would like need want know see use using used make made going time now today',
  // Filler, troubleshooting steps and reactions: how a complaint sounds, not what it is about.
  'nope nah yep yup same getting gets tried try trying tries updated restarted refreshed reinstalled',
  'great fine good nice awesome cool sure guess suppose whatever ridiculous annoying terrible awful horrible',
  'unacceptable frustrated frustrating disappointed angry upset seriously honestly literally actually basically',
  'ugh wow lol omg broken fails failed failing fail working works work worked error errors',
  'thing things stuff anything something nothing everything anymore someone anyone contacting contact third second times',
  'fix fixed extremely totally completely absolutely immediately asap urgently',
  // When, not what: "since this morning", "by tomorrow".
  'morning tomorrow yesterday tonight day days week weeks hour hours minute minutes',
]

/** The words that cannot make or be part of a driver phrase. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(WORDS.join(' ').split(' '))

/** Whether a normalised word (lower case, apostrophes removed) can name a driver. */
export function isContentWord(word: string): boolean {
  return word.length >= 3 && !FILLER_WORDS.has(word) && !/^\d+$/.test(word)
}
