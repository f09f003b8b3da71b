import { describe } from 'vitest'
import type { CueKind } from '../src/index.js'
import { createReader } from '../src/node/index.js'
import { describeLanguageRounds, type LanguageRound } from './language-cue-reading.js'

// Round 54 of the per-language cue tables. Leaving a local business for another of its trade (the
// nursery, the garage, the dry cleaner, the storage unit): looking round for another, taking the
// child or the clothes there, "that was my last visit", "it's over with you", vacating the unit,
// elsewhere from now on, a contract cancelled politely. Repeat contact told as "the third time that I
// write", "I wrote to you before" and "two weeks I've been telling you" in dialect. Outrage in one
// phrase ("intolerable", "a mockery", "what do I pay for", "no point"), and fixes told with "again"
// ("active again", "money landed just right"). The quiet messages are look-alikes: another seat or
// appointment, a loyal repeat order, a fix, a plain question. Every message here was written for these tests.

const CHURN: CueKind = 'churn-threat'
const ISSUE: CueKind = 'issue-report'
const REPEAT: CueKind = 'repeat-contact'
const EMOTION: CueKind = 'explicit-emotion'

const ROUND54: Record<string, LanguageRound> = {
  ar: {
    fires: [
      ['هذه المرة الرابعة التي أتصل فيها بخصوص نفس الفاتورة.', REPEAT, 'المرة الرابعة التي أتصل'],
      ['قلت لكم قبل على هاد الشي والمشكل مازال.', REPEAT],
      ['بقالي شهر بكلمكم ومفيش نتيجة.', REPEAT, 'بقالي شهر بكلمكم'],
      ['إذا ما تصلح الأمر فراح ألغي اشتراكي.', CHURN, 'فراح ألغي اشتراكي'],
      ['غادي نقلب على مدرسة أخرى لولدي.', CHURN, 'نقلب على مدرسة أخرى'],
      ['والله شي بينرفز، التطبيق بيعلق كل يوم.', EMOTION, 'شي بينرفز'],
    ],
    quiet: [
      ['هذه المرة الثانية التي أطلب فيها منكم وكانت التجربة رائعة.', [REPEAT]],
      ['بدور على شاحن تاني للموبايل، عندكم؟', [CHURN]],
    ],
    negative: ['كتبت لكم من قبل على نفس المشكلة، ورح فل من عندكن آخر الشهر.', 'بقالي شهر بكلمكم ومفيش نتيجة، حاجة تعصب.'],
  },
  de: {
    fires: [
      ['Wir sehen uns jetzt nach einer anderen Kita um.', CHURN, 'sehen uns jetzt nach einer anderen Kita'],
      ['Wenn das so bleibt, wechsle ich zu einem anderen Lieferdienst.', CHURN, 'wechsle ich zu einem anderen Lieferdienst'],
      ['Ich werde Ihre Werkstatt nie mehr beauftragen.', CHURN],
      ['Das war unser letzter Aufenthalt in Ihrem Hotel.', CHURN],
      ['Wofür bezahlen wir eigentlich die Servicepauschale?', EMOTION, 'Wofür bezahlen wir'],
      ['Mit den ständigen Abstürzen macht es keinen Spaß.', EMOTION, 'macht es keinen Spaß'],
    ],
    quiet: [
      ['Ich wurde im Zug zu einem anderen Platz geschickt, alles gut.', [CHURN]],
      ['Ich schaue mich nach einem anderen Termin um, passt Donnerstag?', [CHURN]],
    ],
    negative: ['Schon wieder eine falsche Abrechnung. Wir sehen uns nach einer anderen Werkstatt um.', 'Das Bild ruckelt seit Tagen. Wofür zahle ich eigentlich?'],
  },
  es: {
    fires: [
      ['Si no me arreglan la lavadora esta semana, busco otro taller.', CHURN, 'busco otro taller'],
      ['Desde el mes que viene llevamos a los niños a otra academia.', CHURN, 'llevamos a los niños a otra academia'],
      ['Lo que hicieron con mi pedido es intolerable.', EMOTION, 'intolerable'],
      ['Cobrar por esto me parece una tomada de pelo.', EMOTION, 'tomada de pelo'],
      ['Tres semanas sin respuesta, qué falta de profesionalidad.', EMOTION, 'falta de profesionalidad'],
    ],
    quiet: [
      ['Gracias, el perro ya está caminando otra vez.', [REPEAT]],
      ['¿Tienen otro taller abierto los domingos?', [CHURN]],
    ],
    negative: ['Es la tercera vez que pierden mis camisas, me llevo la ropa a otra lavandería.'],
    positive: ['Mil gracias, la gata está comiendo de nuevo y se la ve feliz.'],
  },
  fr: {
    fires: [
      ["C'est terminé avec vous, je ne remettrai plus les pieds ici.", CHURN, "C'est terminé avec vous"],
      ['Nous allons nous trouver une autre crèche pour septembre.', CHURN, 'nous trouver une autre crèche'],
      ['Je chercherai un autre garagiste dès lundi.', CHURN, 'chercherai un autre garagiste'],
      ['Je vais faire entretenir la chaudière ailleurs.', CHURN, 'faire entretenir la chaudière ailleurs'],
    ],
    quiet: [
      ['Je cherche une autre place de parking près de la gare, vous en avez?', [CHURN]],
      ["C'est fini avec le bruit depuis la réparation, merci!", [CHURN]],
    ],
    negative: ['Encore une erreur sur la facture de la crèche. On va se trouver une autre garderie.'],
  },
  hi: {
    fires: [
      ['कृपया मेरी सदस्यता रद्द कीजिए।', CHURN, 'सदस्यता रद्द कीजिए'],
      ['अगले महीने से बच्चे को किसी और स्कूल में भेजेंगे।', CHURN, 'किसी और स्कूल में भेजेंगे'],
      ['ab kabhi is app se khana nahi mangwaunga', CHURN],
      ['agle hafte room khali kar dunga', CHURN, 'khali kar dunga'],
      ['इतना पैसा देने का कोई फायदा नहीं।', EMOTION, 'कोई फायदा नहीं'],
      ['dhobi ne jacket ka rang kharab kar diya', ISSUE, 'kharab kar diya'],
      ['रिफंड नहीं मिला, बहुत बुरा लगा।', EMOTION, 'बुरा लगा'],
    ],
    quiet: [
      ['किसी और दिन में आ जाऊँगा, कोई बात नहीं।', [CHURN]],
      ['kya main kisi aur shop se bhi pickup kar sakta hu?', [CHURN]],
    ],
    negative: ['तीसरी बार शिकायत की है, अब हम किसी और जिम में जाएँगे।', 'video har 5 minute mein band ho jata hai, subscription ka koi fayda nahi'],
  },
  it: {
    fires: [
      ['Da domani porto la bici da un altro meccanico.', CHURN, 'porto la bici da un altro meccanico'],
      ["Porteremo il cane in un'altra clinica.", CHURN, "Porteremo il cane in un'altra clinica"],
      ['Dopo questo trattamento non ci torno più.', CHURN, 'non ci torno più'],
    ],
    quiet: [
      ["Grazie, l'account è di nuovo attivo.", [REPEAT]],
      ['Il servizio è tornato online, grazie mille.', [REPEAT]],
      ['Posso lasciare il pacco in un altro ufficio postale?', [CHURN]],
    ],
    negative: ["Terza volta che mi restituite la giacca macchiata, porto i vestiti in un'altra tintoria."],
    positive: ['Grazie mille, la pagina è di nuovo accessibile e funziona benissimo!'],
  },
  pt: {
    fires: [
      ['Vamos tirar a nossa filha dessa escola no fim do mês.', CHURN, 'tirar a nossa filha dessa'],
      ['Não volto a levar o carro nessa oficina.', CHURN, 'Não volto a levar'],
      ['Pra que eu pago plano premium se nada funciona?', EMOTION, 'Pra que eu pago'],
    ],
    quiet: [
      ['Obrigada, o estorno caiu certinho hoje.', [ISSUE]],
      ['Para que serve a taxa de adesão?', [EMOTION]],
    ],
    negative: ['Já é a segunda cobrança errada este ano, então vamos tirar o nosso dinheiro daqui.'],
    positive: ['Valeu demais, o reembolso caiu direitinho na conta!'],
  },
}

describe('per-language cue tables, round 54', () => {
  describeLanguageRounds(ROUND54, createReader(), 'another seat or appointment, a repeat order, a fix told with "again", a plain question', 'leaving a local business and outrage as negative, fixes told with "again" as positive')
})
