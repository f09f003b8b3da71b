// Hand-picked polarity for emoji and emoticons that carry clear feeling in support messages.
const NEGATIVE = '😡😠🤬😤😞😢😭🙄👎💩😒😩😫😣😖😔😕🙁😑😐😬🤦😪😓😰😱😟💔🤮🤢😧😦☹'
const POSITIVE = '😀😃😄😁😊🙂😍🥰❤👍🙏🎉✨💯👌😆😻💖💕💗💙💚💛💜🤩🥳😎✅👏🙌💪🤗☺😌🌟⭐🔥'
const LAUGH = '😂🤣😅😹'

/** The eye-roll: it says the words beside it are not meant (sarcasm cues and the sarcastic flag read it). */
export const EYE_ROLL = '🙄'

const table = new Map<string, number>()
for (const ch of NEGATIVE) table.set(ch, -0.7)
for (const ch of POSITIVE) table.set(ch, 0.7)
for (const ch of LAUGH) table.set(ch, 0.3)
table.set('🤬', -1)
table.set('😡', -0.9)
table.set('👎', -0.8)
table.set('❤', 0.8)
table.set('😍', 0.9)

const EMOTICONS = new Map<string, number>([
  [':)', 0.6], [':-)', 0.6], [':))', 0.7], [':)))', 0.8], [':-))', 0.7], [':-)))', 0.8], ['(:', 0.6], [':d', 0.7], [':-d', 0.7],
  ['xd', 0.5], [';)', 0.4], [';-)', 0.4], [':p', 0.3], [':-p', 0.3], ['<3', 0.8], ['^^', 0.5], ['^_^', 0.6], ['=)', 0.6], ['8)', 0.4],
  [':(', -0.7], [':-(', -0.7], [':((', -0.8], ['):', -0.6], [":'(", -0.8], [':/', -0.4], [':-/', -0.4], [':|', -0.2], [':-|', -0.2],
  ['>:(', -0.9], ['d:', -0.6], ['</3', -0.7], ['-_-', -0.4], ['t_t', -0.6], [':s', -0.3], [':-s', -0.3], ['=(', -0.6],
  [':o', 0], [':-o', 0],
])

/** Polarity of an emoji token's base character, -1..1, or 0 when it carries none. */
export function emojiPolarity(base: string): number {
  return table.get(base) ?? 0
}

/** Polarity of an emoticon's normalized form. */
export function emoticonPolarity(norm: string): number {
  return EMOTICONS.get(norm) ?? 0
}
