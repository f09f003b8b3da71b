import { createReader } from '../src/node/index.js'
import { describeCueRound } from './language-cue-reading.js'

// Round 75 of the per-language cue tables: the phrasing families 19 written messages showed the
// tables lacked. Complaints: a formal letter's displeasure owned ("manifiesto mi malestar", "esprimo
// il mio disappunto"), service refused ("se negó a atenderme"), "¿En serio?" over a problem, the day
// counted without it ("tercer día sin agua"), what was not done named as a failure ("la mancata
// pulizia"), no apology even ("nem pediram desculpa"), damage done in the home ("riscaram o chão"),
// work left half done ("आधा काम छोड़ के चले गए"), and in Arabic "مش مقبول", "حاجة تضايق", "أنا عميل مو
// متسول", fees never ordered and an explanation demanded at once ("أرجو التوضيح فوراً"). Churn: the
// order called off with the money back ("anulo el encargo y que me devuelvan"), another firm looked
// for in dialect ("suchen ma uns a andere …"), booking elsewhere with resolve ("wir buchen … definitiv
// woanders"), the management handed to another agency ("je confierai la gestion … à une autre
// agence"), withdrawing ("mi ritiro"), the agency changed ("एजेंसी बदल देंगे"), Levantine Arabizi ("ra7
// ghayyer el sharike"). Thanks: formal thanks ("mi más sincero agradecimiento") and relief after a
// scare ("creí que las había perdido"), which is no complaint. Every message here was written for
// these tests.

const reader = createReader()

// label negative, frustration ≥ 0.4, and the family's cue where one is named.
const COMPLAINTS: readonly (readonly [string, string, string?])[] = [
  ['es', 'Les escribo para dejar constancia de mi disconformidad: el técnico se negó a revisar la caldera.'],
  ['es', '¿En serio? Segunda semana sin calefacción y nadie del edificio contesta.'],
  ['it', 'Con la presente manifesto il mio malcontento per il mancato rimborso della caparra.'],
  ['pt', 'O montador arranhou a bancada da cozinha e nem pediu desculpas.', 'nem pediu desculpas'],
  ['ar', 'الشاحن وقف من أول استعمال، بصراحة حاجة بتضايق.', 'حاجة بتضايق'],
  ['ar', 'لقيت في الفاتورة خدمة ما طلبتها، وهذا مو مقبول.'],
  ['ar', 'أنا زبون مش شحات، ليش الموظفين بيكلموني بأسلوب ما بيصير؟'],
  ['ar', 'تم خصم مبلغ من حسابي بدون سبب، أطلب تفسيراً فوراً.'],
  ['hi', 'प्लंबर अधूरा काम छोड़ कर चले गए, बाथरूम में पानी फैला पड़ा है।'],
]

// a churn-threat cue, label negative, frustration ≥ 0.5.
const CHURN: readonly (readonly [string, string])[] = [
  ['es', 'Ya es la cuarta llamada por la cocina. Si el lunes no la montan, cancelo el pedido y que me devuelvan la señal.'],
  ['de', 'Dreimal hab i scho angrufen wegen der Dachrinne, nix is passiert. Jetzt suchen ma uns a andere Firma.'],
  ['de', 'Schon die dritte Mail wegen der Zimmerreservierung ohne Antwort. Wir übernachten beim nächsten Messebesuch definitiv woanders.'],
  ['fr', 'Troisième relance sans réponse au sujet des travaux. Je confierai le chantier à une autre entreprise.'],
  ['it', 'È la terza volta che scrivo per le lezioni annullate senza preavviso. Ci ritiriamo dal corso.'],
  ['hi', 'तीसरी बार शिकायत कर रहा हूँ, बिजली वाला फिर से नहीं आया। ऐसा ही रहा तो हम कंपनी बदल देंगे।'],
  ['ar', 'hayde talet marra b7kilkon enno el net ma 3am ye2ta3. iza ma tsalla7o ra7 ghayyer el sharike'],
]

// thanks: positive, frustration ≤ 0.2.
const THANKS: readonly (readonly [string, string])[] = [
  ['es', 'Deseo expresar nuestro profundo agradecimiento al personal de la residencia por el cariño con mi abuelo.'],
  ['es', 'Mil gracias por recuperar mis fotos, creí que las había perdido para siempre.'],
  ['it', 'Vorrei esprimere tutta la mia gratitudine al personale del reparto.'],
]

// Calm lookalikes: not negative, no stated frustration, no churn threat.
const CALM: readonly (readonly [string, string])[] = [
  ['es', '¿Se puede cancelar el pedido antes de que salga del almacén?'],
  ['es', '¿Dónde puedo encontrar mi factura del mes pasado?'],
  ['de', 'Wir suchen uns eine andere Farbe aus, ist das noch möglich?'],
  ['de', 'Wir buchen jedes Jahr bei Ihnen, gibt es für Stammkunden einen Rabatt?'],
  ['it', 'Domani ritiro il pacco in negozio, fino a che ora siete aperti?'],
  ['fr', 'Je vous confie les clés de mon appartement à partir de lundi, merci.'],
  ['pt', 'Gostaria de pedir desculpa por ter faltado à consulta, posso remarcar?'],
  ['pt', 'Vocês conseguem mandar alguém para riscar o piso antes de envernizar?'],
  ['ar', 'ممكن توضيح الرسوم المذكورة في الفاتورة؟'],
  ['hi', 'क्या मैं अपनी डिलीवरी का पता बदल सकता हूँ?'],
]

describeCueRound('round 75', reader, { complaints: COMPLAINTS, churn: CHURN, thanks: THANKS, calm: CALM })
