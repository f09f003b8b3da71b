import { describe } from 'vitest'
import type { CueKind } from '../src/index.js'
import { createReader } from '../src/node/index.js'
import { describeLanguageRounds, type LanguageRound } from './language-cue-reading.js'

// Round 56 of the per-language cue tables. Thanks said the local way (Iraqi "عاشت إيدكم", "تسلم إيدك", a
// blessing for the one who came, Chilean "agradezco harto", "un angelo", "sehr kulant", "unkompliziert")
// and thanks for a fault put right (the refund for the missing items, the broken glasses replaced, the
// power back "again", the night the electrician saved). Outrage as "I paid this much for this?", "taken
// for a ride", "this must not happen", "kya loot hai", the fun or the mood spoiled; waits sat out in the
// waiting room or the queue; "don't count on me any more", another system or airline, elsewhere next.
// The quiet messages are look-alikes: Chilean "harto" as "a lot", a price asked, "again" about a fix,
// a hypothetical outage, a "loot sale". Every message here was written for these tests.

const CHURN: CueKind = 'churn-threat'
const ISSUE: CueKind = 'issue-report'
const REPEAT: CueKind = 'repeat-contact'
const EMOTION: CueKind = 'explicit-emotion'
const PRAISE: CueKind = 'praise'
const GRATITUDE: CueKind = 'gratitude'

const ROUND56: Record<string, LanguageRound> = {
  ar: {
    fires: [
      ['تسلم إيدك على السرعة في الرد.', GRATITUDE, 'تسلم إيدك'],
      ['الفني ربنا يكرمه، تعب معانا كتير.', GRATITUDE, 'ربنا يكرمه'],
      ['الشقة ريحتها عفن ومحدش نضفها قبل ما نوصل.', ISSUE, 'ريحتها عفن'],
      ['ما نمت طول الليل من صوت المكيف.', ISSUE, 'ما نمت طول الليل'],
    ],
    quiet: [
      ['متشكر للسباك اللي جه متأخر بالليل وصلّح الحنفية.', [ISSUE]],
    ],
    negative: ['الغرفة ريحتها سجاير مع إني حاجز غير مدخنين.'],
    positive: ['عاشت ايدكم، الطلب وصل بسرعة والأكل كان سخن.'],
  },
  de: {
    fires: [
      ['Das war wirklich sehr kulant von Ihnen.', PRAISE, 'kulant'],
      ['Sowas darf einem Paketdienst einfach nicht passieren.', EMOTION, 'Sowas darf einem Paketdienst einfach nicht passieren'],
      ['Wir saßen 45 Minuten im Wartezimmer, obwohl wir einen Termin hatten.', ISSUE, '45 Minuten im Wartezimmer'],
      ['Das Eis kam komplett angetaut an.', ISSUE, 'angetaut'],
    ],
    quiet: [
      ['Danke für die Erstattung der defekten Lampe, alles bestens.', [ISSUE]],
      ['Kein Problem, so etwas darf auch mal passieren.', [EMOTION]],
    ],
    negative: ['Die Tiefkühlpizza kam angetaut an. So etwas darf nicht passieren.'],
    positive: ['Vielen Dank für die unbürokratische Hilfe, das ging schneller als erwartet.'],
  },
  es: {
    fires: [
      ['Estoy harta de que el repartidor deje el paquete en la calle.', EMOTION, 'Estoy harta'],
      ['Pagamos 60 euros por esto y la pantalla ya parpadea.', EMOTION, 'Pagamos 60 euros por esto'],
      ['Agradezco enormemente la ayuda con la factura.', GRATITUDE, 'Agradezco enormemente'],
    ],
    quiet: [
      ['Me gustó harto el curso, lo recomiendo.', [EMOTION]],
      ['¿Cuánto pagué por esto el año pasado?', [EMOTION]],
      ['Gracias, ya teníamos calefacción de nuevo antes de cenar.', [REPEAT]],
    ],
    negative: ['Nos dieron una habitación junto al ascensor y no dormimos nada. Pagamos 120 € por esto.'],
    positive: ['Les agradezco harto la rapidez, el técnico vino en una hora.'],
  },
  fr: {
    fires: [
      ['On paie 45 euros par mois pour ça ?', EMOTION, 'paie 45 euros par mois pour ça'],
      ["J'ai payé 80 € pour rien, le colis n'est jamais arrivé.", EMOTION, 'payé 80 € pour rien'],
    ],
    quiet: [
      ['Merci pour le remplacement de nos valises abîmées, rien à redire.', [ISSUE]],
      ['Combien ai-je payé pour ça en janvier ?', [EMOTION]],
    ],
    negative: ["Le forfait promettait la fibre et je n'ai que de l'ADSL. J'ai payé 300 € pour ça."],
    positive: ["Merci pour l'échange des chaussures abîmées, service impeccable."],
  },
  hi: {
    fires: [
      ['agle mahine se hum dusra software le lenge', CHURN, 'dusra software le lenge'],
      ['अगले साल से किसी और एयरलाइन से सफ़र करेंगे।', CHURN, 'किसी और एयरलाइन से सफ़र'],
      ['yeh kya loot hai, 500 extra kaat liye', EMOTION, 'kya loot'],
      ['बिजली जाने से पूरी फिल्म का मज़ा किरकिरा हो गया।', EMOTION, 'मज़ा किरकिरा'],
      ['do ghante line mein khade rahe', ISSUE, 'ghante line mein khade rahe'],
    ],
    quiet: [
      ['app phir se chalu ho gaya, thanks', [REPEAT]],
      ['loot sale mein ye phone liya, mast hai', [EMOTION]],
    ],
    negative: ['hotel ka AC kharab tha aur raat bhar garmi mein tadapte rahe'],
    positive: ['Mera account phir se active ho gaya, bahut shukriya!'],
  },
  it: {
    fires: [
      ['Ci sentiamo presi in giro da mesi.', EMOTION, 'presi in giro'],
      ['Il tecnico è stato un angelo.', PRAISE, 'un angelo'],
      ['Ho di nuovo lo stesso errore nella fattura.', REPEAT, 'di nuovo'],
    ],
    quiet: [
      ['Grazie, da stamattina abbiamo di nuovo il riscaldamento.', [REPEAT]],
    ],
    negative: ['Mi hanno fatto pagare due volte la consegna. Mi sento presa in giro.'],
    positive: ["Grazie mille, in un'ora abbiamo di nuovo la luce. Siete degli angeli."],
  },
  pt: {
    fires: [
      ['Não contem mais comigo, vou cancelar.', CHURN, 'Não contem mais comigo'],
      ['Paguei 300 reais por isso? Não dá, sério.', EMOTION, 'Paguei 300 reais por isso'],
      ['Ficamos duas horas na fila do banco.', ISSUE, 'Ficamos duas horas na fila'],
      ['Perdemos o início do jogo por causa da entrada.', ISSUE, 'Perdemos o início do'],
    ],
    quiet: [
      ['Obrigado, sem vocês teríamos ficado sem internet no fim de semana.', [ISSUE]],
      ['Conte comigo para a pesquisa de satisfação.', [CHURN]],
    ],
    negative: ['O técnico veio três vezes e a máquina continua igual. Não contem mais comigo.'],
    positive: ['Quero agradecer à equipe: sem vocês eu teria ficado sem luz o dia todo.'],
  },
}

describe('per-language cue tables, round 56', () => {
  describeLanguageRounds(ROUND56, createReader(), 'Chilean "harto" as "a lot", a price asked, "again" about a fix, a hypothetical outage', 'outrage at the price, taken for a ride and leaving as negative, local thanks and fixes as positive')
})
