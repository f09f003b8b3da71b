import { describe } from 'vitest'
import type { CueKind } from '../src/index.js'
import { createReader } from '../src/node/index.js'
import { describeLanguageRounds, type LanguageRound } from './language-cue-reading.js'

// Round 52 of the per-language cue tables. Leaving said through the thing left rather than a contract
// word: a compound policy ended by letter, another maker or brand, signing up at another school,
// quitting the firm, leaving an association, dropping a course; cancelling in Levantine and Maghrebi
// Arabic with the future word apart, and "never again" in Maghrebi. Counts of tries in dialect
// spellings, and nothing changed after them. Faults that read neutral: a device acting on its own,
// freezing every few minutes, a day off wasted, Maghrebi negation. Thanks that read negative because
// the fault averted or mended was named. The quiet messages are look-alikes: a meeting cancelled, a
// brand asked about, something that did not break. Every message here was written for these tests.

const CHURN: CueKind = 'churn-threat'
const ISSUE: CueKind = 'issue-report'
const REPEAT: CueKind = 'repeat-contact'
const EMOTION: CueKind = 'explicit-emotion'
const GRATITUDE: CueKind = 'gratitude'

const ROUND52: Record<string, LanguageRound> = {
  ar: {
    fires: [
      ['بزاف هادشي، ما عمري نشري منكم شي حاجة.', CHURN, 'ما عمري نشري'],
      ['الخدمة سيئة، رح لغي اشتراكي هالشهر.', CHURN, 'رح لغي اشتراكي'],
      ['هادي رابع مرة كنعيط ليكم على نفس المشكل.', REPEAT],
      ['حكيت معكن أربع مرات وما في شي تغير.', REPEAT],
      ['الراوتر ديالي كيقطع كل ساعة.', ISSUE],
      ['عييت من هاد التطبيق.', EMOTION],
      ['أتقدم بجزيل الشكر لفريق الدعم.', GRATITUDE],
    ],
    quiet: [
      ['كيفاش نبدل الباسوورد ديال الحساب؟', [CHURN]],
      ['شكرا للي صلح المشكلة بسرعة، كلشي خدام دابا.', [ISSUE]],
    ],
    negative: ['حكيت معكن أربع مرات وما في شي تغير، رح لغي اشتراكي.', 'الراوتر ديالي كيقطع كل ساعة، عييت.'],
    positive: ['أتقدم بجزيل الشكر للموظف اللي صلح عطل الإنترنت عندي.'],
  },
  de: {
    fires: [
      ['Hiermit sehe ich mich veranlasst, meine Kfz-Haftpflicht fristgerecht zu kündigen.', CHURN],
      ['Dann kauf ich mir halt einen Staubsauger bei einer anderen Marke.', CHURN],
      ['Ich melde mich beim Fitnessstudio ab und melde mich woanders an.', CHURN],
      ['Die App stürzt nach dem Update wieder nicht ab, sondern startet gar nicht.', REPEAT],
    ],
    quiet: [
      ['Ich möchte meinen Termin am Donnerstag kurzfristig zu kündigen, geht das noch?', [CHURN]],
      ['Die Lieferung kam ohne einen einzigen Kratzer an, danke!', [ISSUE]],
      ['Ohne Ihre Hilfe hätte ich die Frist nie rechtzeitig geschafft, vielen Dank.', [ISSUE]],
    ],
    negative: ['Der Drucker druckt wieder nicht. Dann kauf ich mir halt einen von einer anderen Marke.'],
    positive: ['Ohne Ihre Hilfe hätte ich die Frist nie rechtzeitig geschafft, vielen Dank.', 'Die Umstellung lief ohne einen einzigen Fehler, danke an das ganze Team!'],
  },
  es: {
    fires: [
      ['Ya está, la próxima vez me compro otra marca.', CHURN],
      ['Me voy a inscribir en otro lado, esto no funciona.', CHURN],
      ['Increíble lo que cobran por una simple revisión.', EMOTION],
      ['El aire acondicionado se apaga solo cada noche.', ISSUE],
      ['Solicité la baja hace semanas y siguen cobrando.', ISSUE],
    ],
    quiet: [
      ['¿Qué otra marca de filtros es compatible con esta cafetera?', [CHURN]],
      ['Increíble lo rápido que llegó, gracias.', [EMOTION]],
    ],
    negative: ['Increíble lo que tardan en contestar, ya no sé qué más probar.'],
    positive: ['Increíble lo rápido que llegó el pedido, muchas gracias.'],
  },
  fr: {
    fires: [
      ['Si rien ne bouge, nous quitterons votre cabinet comptable.', CHURN],
      ["Je souhaite annuler mon adhésion au club dès ce mois-ci.", CHURN],
      ["Nous étudions d'autres prestataires pour l'an prochain.", CHURN],
      ["Encore raté, je vais m'inscrire ailleurs.", CHURN],
      ["Voyons donc, encore une facture en double?", EMOTION],
      ["J'ai pris une demi-journée pour rien, le livreur n'est jamais venu.", EMOTION],
      ['Le colis est arrivé sans le chargeur.', ISSUE],
    ],
    quiet: [
      ["Je dois annuler mon rendez-vous de mardi, merci de me rappeler.", [CHURN]],
      ["Merci pour la livraison si rapide, ça fait plaisir franchement.", [EMOTION]],
    ],
    negative: ["Deuxième erreur sur la facture, nous quitterons votre agence si cela continue."],
  },
  hi: {
    fires: [
      ['सर्विस बहुत खराब है, मैं अपना अकाउंट खत्म कर दूँगा।', CHURN],
      ['bas bahut ho gaya, membership cancel kar dunga', CHURN],
      ['अब मैं किसी और एजेंसी से बुकिंग करवाऊँगा।', CHURN],
      ['printer wifi se connect hi nahi ho raha', ISSUE],
      ['मशीन में बार बार पेपर जाम हो जाता है।', ISSUE],
      ['दोस्तों के सामने बहुत शर्मिंदगी हुई।', EMOTION],
    ],
    quiet: [
      ['किसी और कंपनी का चार्जर इस्तेमाल कर सकता हूँ क्या?', [CHURN]],
      ['ऑर्डर समय पर मिल गया, धन्यवाद।', [ISSUE]],
    ],
    negative: ['tiffin 3 ghante late aaya aur thanda bhi tha, bahut sharmindagi hui'],
    positive: ['कैब खराब होने के बाद आपने तुरंत दूसरी गाड़ी भेज दी, दिल से धन्यवाद।'],
  },
  it: {
    fires: [
      ["Basta, la prossima volta compro un'altra marca.", CHURN],
      ["Non ne posso più, mi iscrivo in un'altra palestra.", CHURN],
      ['Il modem si blocca di continuo da ieri.', ISSUE],
      ['La stampante ha smesso di funzionare dopo una settimana.', ISSUE],
      ['Che senso ha pagare un abbonamento così?', EMOTION],
    ],
    quiet: [
      ["Quale altra marca di capsule va bene con questa macchina?", [CHURN]],
      ["Il pacco è finito in un'altra città, potete controllare?", [CHURN]],
    ],
    negative: ["Ho pagato per la fibra, non per una connessione che salta ogni sera."],
  },
  pt: {
    fires: [
      ['Não aguento mais, vou trancar a matrícula.', CHURN],
      ['Quero me desligar do clube ainda este mês.', CHURN],
      ['Chega, vou procurar outro!', CHURN],
    ],
    quiet: [
      ['Vou procurar outro horário na agenda, tudo bem?', [CHURN]],
      ['Chegou tudo certo, nenhuma caixa amassada.', [ISSUE]],
    ],
    negative: ['Já reclamei três vezes e nada, vou me desligar da associação.'],
    positive: ['Obrigada pela mudança, nenhum móvel arranhado e tudo no horário.'],
  },
}

describe('per-language cue tables, round 52', () => {
  describeLanguageRounds(ROUND52, createReader(), 'a meeting cancelled, a brand asked about, nothing broken', 'leaving and faults as negative, thanks for what was averted or mended as positive')
})
