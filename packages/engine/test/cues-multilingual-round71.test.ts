import { createReader } from '../src/node/index.js'
import { describeCueRound } from './language-cue-reading.js'

// Round 71 of the per-language cue tables: the phrasing families 23 written messages showed the
// tables lacked. Complaints: a charge for what was never done and an explanation of it demanded
// ("me cobraron una revisión que nunca me hicieron", "expliquem-me isto"), charged twice with the
// pronoun after ("cobrou-me duas vezes"), what does not match the order or prescription ("ne
// correspond pas à la photo"), faded or damaged goods ("desbotada", "mit einer Delle"), kept waiting
// past the appointment ("nos tienen esperando"), staff rude or condescending ("con arroganza",
// "كلمني بأسلوب وقح"), "what is this mess" in its dialects ("إيه الهرجلة دي", "c'est quoi ce
// cirque"), "what did I pay for" ("paguei pra quê", "paise kis liye diye"), "so kann man nicht
// arbeiten". Churn: the contract rescinded ("رح أفسخ عقدي"), off to another shop of the trade ("ordino
// da un'altra pizzeria"), ended and off elsewhere ("band karke dusri company se lunga"). Thanks: "حابب
// اشكركم", and the Colombian apology "qué pena con usted" is no disappointment. Every message here
// was written for these tests.

const reader = createReader()

// label negative, frustration ≥ 0.4, and the family's cue where one is named.
const COMPLAINTS: readonly (readonly [string, string, string?])[] = [
  ['es', 'Me cobraron una revisión que nunca me hicieron. Explíquenme este cobro.', 'cobraron una revisión que nunca me hicieron'],
  ['es', 'Nos tienen esperando en la recepción desde hace una hora y nadie nos atiende.'],
  ['pt', 'Cobrou-me duas vezes a mensalidade! Expliquem-me isto.', 'Cobrou-me duas vezes'],
  ['pt', 'Paguei pra quê? O produto chegou partido.', 'Paguei pra quê?'],
  ['pt', 'A camisola veio desbotada logo na primeira lavagem.', 'desbotada'],
  ['fr', 'Le canapé ne correspond pas du tout à la photo de l\'annonce, le tissu est différent.'],
  ['fr', "Qu'est-ce que c'est que ce bordel ? Le colis est arrivé ouvert."],
  ['de', 'Der Tisch kam mit einer Delle in der Platte an. Ärgerlich.', 'mit einer Delle'],
  ['de', 'So kann ich nicht arbeiten: das WLAN bricht alle fünf Minuten ab.', 'So kann ich nicht arbeiten'],
  ['it', 'Il commesso mi ha trattato con arroganza, come se fossi un idiota.', 'trattato con arroganza'],
  ['ar', 'إيه الهرجلة دي؟ الطلب اتأخر أسبوع ومحدش بيرد.', 'إيه الهرجلة'],
  ['ar', 'ركزوا شوية في الطلبات، تاني مرة يجيلي غلط.', 'ركزوا شوية'],
  ['hi', 'AC 10 din mein hi kharab ho gaya, bilkul thanda nahi karta.', 'din mein hi kharab'],
]

// a churn-threat cue, label negative, frustration ≥ 0.5.
const CHURN: readonly (readonly [string, string])[] = [
  ['ar', 'رح أفسخ عقدي معكم، صرلي شهرين عم إحكي بلا نتيجة.'],
  ['it', 'Basta, da lunedì ordino da un\'altra pizzeria.'],
  ['hi', 'Connection band karke dusri company se lunga, teen baar complaint kar chuka hu.'],
]

// thanks: positive, frustration ≤ 0.2.
const THANKS: readonly (readonly [string, string])[] = [
  ['ar', 'حابب اشكركم على الخدمة الحلوة، الموظف كان كتير لطيف.'],
  ['es', 'Qué pena con usted, quería agradecerle por la ayuda de ayer, todo quedó perfecto.'],
]

// Calm lookalikes: not negative, no stated frustration, no churn threat.
const CALM: readonly (readonly [string, string])[] = [
  ['es', '¿Me pueden explicar cómo funciona la tarifa nocturna?'],
  ['es', 'Tengo cita a las 9, ¿puedo llegar un poco antes?'],
  ['fr', 'Est-ce que cette monture correspond à mon ordonnance ?'],
  ['pt', 'Paguei para que a encomenda chegasse amanhã, obrigado pela ajuda.'],
  ['pt', 'Prefiro cores muito claras para a sala, que opções têm?'],
  ['de', 'Wie kann man das Sofa reinigen? Gibt es ein Pflegeset?'],
  ['it', 'Da oggi vado in palestra alle 7, posso cambiare l\'orario del corso?'],
  ['it', 'Il tecnico mi ha risposto con grande gentilezza.'],
  ['hi', 'Meri membership khatam ho gayi hai, renew kaise karu?'],
  ['ar', 'من فضلك، كيف أقدر أغير عنواني؟'],
]

describeCueRound('round 71', reader, { complaints: COMPLAINTS, churn: CHURN, thanks: THANKS, calm: CALM })
