import { describe } from 'vitest'
import type { CueKind } from '../src/index.js'
import { createReader } from '../src/node/index.js'
import { describeLanguageRounds, type LanguageRound } from './language-cue-reading.js'

// Round 47 of the per-language cue tables. Leaving, in the forms the tables did not hear: moving over
// as it happens ("estoy migrando a otro hosting", "sto spostando tutto"), buying or renting elsewhere from
// now on, never again with you with words between, cancelling contracts no list names (German
// compounds, "todas mis cuentas", "Cancelei a assinatura"), going to the competition. Complaints that
// read too mild: the count of tickets opened, one thing sent in place of another, the refund still not
// back, the service down. Thanks that read as complaints: the fault named was the
// one fixed, the speed praised was no deadline, the state defended against a charge was no praise.
// The quiet messages are the look-alikes: a move of photos, a cancelled appointment, a fast delivery,
// two e-mail addresses, "I'll be unreachable tomorrow". Every message here was written for these tests.



const CHURN: CueKind = 'churn-threat'
const ISSUE: CueKind = 'issue-report'
const REPEAT: CueKind = 'repeat-contact'
const EMOTION: CueKind = 'explicit-emotion'
const SARCASM: CueKind = 'sarcasm'
const URGENCY: CueKind = 'time-pressure'

const ROUND47: Record<string, LanguageRound> = {
  es: {
    fires: [
      ['Ya estoy migrando la tienda a otro hosting, no aguanto más caídas.', CHURN, 'migrando la tienda a otro hosting'],
      ['Me paso a otro programa de facturación en cuanto pueda.', CHURN, 'Me paso a otro programa'],
      ['Si no me devuelven el dinero, cerraré todas mis cuentas con ustedes.', CHURN, 'cerraré todas mis cuentas'],
      ['Nunca más alquilo una furgoneta con esta empresa.', CHURN, 'Nunca más alquilo'],
      ['A partir de hoy compro en otra tienda.', CHURN, 'compro en otra tienda'],
      ['Llevo cuatro reclamaciones y nadie lo arregla.', REPEAT, 'cuatro reclamaciones'],
      ['Encargué unas zapatillas blancas y me enviaron unas negras.', ISSUE],
      ['Todavía no me han devuelto el dinero de las entradas.', ISSUE],
      ['Pagué el envío urgente y ya pasaron dos semanas.', ISSUE, 'y ya pasaron dos semanas'],
      ['La caja no es lo que compré.', EMOTION, 'no es lo que compré'],
      ['Me cobraron daños aunque la moto estaba impecable.', 'negation', 'aunque la moto estaba impecable'],
    ],
    quiet: [
      ['Estoy migrando mis fotos a otro álbum, ¿cómo se hace?', [CHURN]],
      ['¿Puedo cancelar todas mis citas de la semana que viene?', [CHURN]],
      ['Pedí un libro y me llegó en dos días, gracias.', [ISSUE]],
      ['Ya pasaron dos días desde la compra y llegó perfecto, gracias.', [ISSUE]],
      ['Tengo dos correos registrados, ¿cuál uso para entrar?', [REPEAT]],
    ],
    negative: ['Ya estoy migrando la tienda a otro hosting, no aguanto más caídas.', 'Encargué unas zapatillas blancas y me enviaron unas negras. No es lo que pedí.'],
    positive: ['Aunque tardó un día más, el servicio fue perfecto, muchas gracias.'],
  },
  pt: {
    fires: [
      ['Cancelei meu plano ontem, cansei de pagar por nada.', CHURN, 'Cancelei meu plano'],
      ['Nunca mais reservo hotel por esse site.', CHURN, 'Nunca mais reservo'],
      ['Chega, vou com a concorrência.', CHURN, 'vou com a concorrência'],
      ['Daqui pra frente peço noutra farmácia.', CHURN, 'peço noutra farmácia'],
      ['Já estamos migrando para outro provedor.', CHURN, 'migrando para outro provedor'],
      ['Já são quatro protocolos abertos sobre a mesma cobrança.', REPEAT, 'quatro protocolos'],
      ['Paguei o celular à vista e a loja sumiu, ninguém responde.', REPEAT, 'loja sumiu'],
      ['Veio um carregador branco em vez do preto que escolhi.', ISSUE],
      ['A sopa chegou azeda, não dá pra comer.', ISSUE, 'não dá pra comer'],
      ['Quero agradecer pela ajuda de ontem.', 'gratitude', 'agradecer'],
      ['Obrigadinha pelo carinho no atendimento!', 'gratitude', 'Obrigadinha'],
    ],
    quiet: [
      ['Cancelei o pedido por engano, dá pra refazer?', [CHURN]],
      ['Tenho dois e-mails cadastrados na minha conta, qual deles devo usar para entrar?', [REPEAT]],
      ['A internet voltou em 10 minutos, valeu!', [URGENCY]],
      ['Obrigado por resolverem tudo em 15 minutos!', [URGENCY]],
      ['Comprei na loja de vocês e chegou tudo certinho.', [CHURN]],
    ],
    negative: ['Chega, vou com a concorrência.', 'Paguei o celular à vista e a loja sumiu, ninguém responde.'],
    positive: ['A moça me atendeu com muita paciência e resolveu tudo. Deus te abençoe!', 'Obrigado! O site voltou em 20 minutos. Excelente.'],
  },
  it: {
    fires: [
      ['Sto trasferendo il dominio su un altro provider, basta.', CHURN, 'trasferendo il dominio su un altro provider'],
      ["D'ora in poi ordino al supermercato qui vicino.", CHURN, "D'ora in poi ordino al supermercato"],
      ['Prenoterò da un altro noleggio la prossima volta.', CHURN, 'Prenoterò da un altro noleggio'],
      ['Ho mandato cinque reclami senza risposta.', REPEAT, 'cinque reclami'],
      ['La app si chiude ogni volta che apro il carrello.', REPEAT, 'si chiude ogni volta'],
      ['Sono ore che aspetto, qualcuno mi può rispondere?', REPEAT, 'qualcuno mi può rispondere'],
      ['Il portale è giù da stamattina.', ISSUE, 'portale è giù'],
      ["Il tablet nuovo e la batteria regge appena un'ora.", ISSUE],
      ['Sono in linea al telefono da 40 minuti.', ISSUE],
      ['Il bonifico non mi è ancora stato accreditato.', ISSUE],
      ['Non ho più tempo da perdere con questo servizio.', EMOTION, 'Non ho più tempo da perdere'],
    ],
    quiet: [
      ['Sposto la consegna a un altro giorno, è possibile?', [CHURN]],
      ['Da ora compro sempre da voi, servizio ottimo!', [CHURN]],
      ['Adesso compro al supermercato e poi vi scrivo.', [CHURN]],
      ['Ho comprato da un altro negozio ieri, ma preferisco voi.', [CHURN]],
      ['La batteria dura due giorni, sono contento.', [ISSUE]],
      ['Il prezzo è andato giù, lo compro subito.', [ISSUE]],
    ],
    negative: ['Sto trasferendo il dominio su un altro provider, basta.', 'Ho mandato cinque reclami senza risposta.'],
  },
  fr: {
    fires: [
      ['Je passe chez un autre hébergeur le mois prochain.', CHURN, 'passe chez un autre hébergeur'],
      ['Quatrième réclamation pour le même colis.', REPEAT, 'Quatrième réclamation'],
      ['Le serveur est de nouveau tombé ce matin.', ISSUE],
      ['Vous avez facturé des frais de dossier sans prévenir.', ISSUE, 'facturé des frais'],
      ["Ce n'est pas ce que j'ai commandé.", EMOTION, "pas ce que j'ai commandé"],
      ["On me compte une rayure alors que le scooter était impeccable.", 'negation'],
    ],
    quiet: [
      ["J'ai deux mails enregistrés, lequel garder ?", [REPEAT]],
      ['Il est tombé amoureux du produit, merci !', [ISSUE]],
    ],
    negative: ['Je passe chez un autre hébergeur le mois prochain.', "Ce n'est pas ce que j'ai commandé."],
    positive: ['Tout était impeccable, merci beaucoup !'],
  },
  de: {
    fires: [
      ['Ich kauf ab sofort lieber woanders.', CHURN],
      ['Dann kündige ich eben das Fitnessstudio-Abo.', CHURN],
      ['Wenn das so bleibt, kündige ich das Handy-Abo zum Monatsende.', CHURN],
      ['Die Domain zieh ich um, mir reicht es.', CHURN, 'Domain zieh ich um'],
      ['Ab nächstem Monat bestelle ich bei einem anderen Lieferdienst.', CHURN],
      ['Die Rezepte löse ich künftig bei einer anderen Versandapotheke ein.', CHURN, 'bei einer anderen Versandapotheke'],
      ['Dritte Reklamation wegen derselben Sache.', REPEAT, 'Dritte Reklamation'],
      ['Geliefert wurde ein Pullover statt der bestellten Jacke.', ISSUE, 'statt der bestellten'],
      ['Die Website ist schon wieder nicht erreichbar.', ISSUE],
      ['Das Spiel stürzt beim Laden immer ab.', ISSUE],
      ['Was soll ich nun damit?', EMOTION, 'Was soll ich nun damit?'],
      ['Das ist nicht das, was wir gebucht haben.', EMOTION],
      ['Der Drucker stürzt dauernd ab, der Support kommt erst Montag. Danke auch.', SARCASM],
    ],
    quiet: [
      ['Ich ziehe nächste Woche um, bitte die Adresse ändern.', [CHURN]],
      ['Ich kündige meinen Termin am Dienstag.', [CHURN]],
      ['Ich bin morgen nicht erreichbar, bitte schreiben Sie eine Mail.', [ISSUE]],
      ['Ist der Kurs am Wochenende nicht verfügbar?', [ISSUE]],
      ['Ich kaufe sonst nie woanders, aber diesmal war es dringend.', [CHURN]],
      ['Was soll ich jetzt damit machen, einfach neu starten?', [EMOTION]],
      ['Danke auch für die schnelle Antwort!', [SARCASM]],
    ],
    negative: ['Ich kauf ab sofort lieber woanders.', 'Geliefert wurde ein Pullover statt der bestellten Jacke. Was soll ich nun damit?'],
    positive: ['Vielen Dank: die Seite lief nach der Störung in zehn Minuten wieder.'],
  },
  hi: {
    fires: [
      ['main dusre provider pe shift kar rahi hu', CHURN],
      ['Ab main ye app chhod raha hu', CHURN, 'app chhod raha'],
      ['yahan se dobara kuch nahi lunga', CHURN],
      ['मैं दूसरे बैंक में स्विच कर रहा हूँ', CHURN],
      ['पैसे दस दिन बाद भी नहीं आए', ISSUE],
      ['refund abhi tak nahi mila', ISSUE],
      ['नया टीवी चालू ही नहीं हो रहा', ISSUE],
      ['delivery wala phone nahi uthata', REPEAT],
      ['teen complaint kar chuka hu', REPEAT, 'teen complaint'],
    ],
    quiet: [
      ['kya main dusri city me bhi order kar sakta hu?', [CHURN]],
      ['delivery ko main dusre din pe shift kar dunga, theek hai?', [CHURN]],
      ['tv ab chalu ho gaya, thanks', [ISSUE]],
    ],
    negative: ['Ab main ye app chhod raha hu, bahut pareshan hu', 'refund abhi tak nahi mila, bahut pareshan hu'],
    positive: ['राहुल जी ने बड़े प्यार से मेरी समस्या सुलझाई, धन्यवाद।'],
  },
  ar: {
    fires: [
      ['خلص رايح لغيركم', CHURN],
      ['ما رح احجز عندكم بعد اليوم', CHURN],
      ['من هلق رح اشتري من محل تاني', CHURN],
      ['سبق لي اشتكيت من نفس الموضوع', REPEAT],
      ['بعتلكم خمس رسائل ولا رد', REPEAT],
      ['أُلغيت المباراة ولم يُرد لي المبلغ', ISSUE],
      ['شكرا على تصليح المكيف بعد ما تعطل', 'negation'],
      ['جزاك الله خيرا على المساعدة', 'gratitude'],
    ],
    quiet: [
      ['رايح على الفرع بكرة استلم الطلب', [CHURN]],
      ['اشتريت من عندكم أمس والطلب وصل', [CHURN]],
    ],
    negative: ['خلص رايح لغيركم', 'أُلغيت المباراة ولم يُرد لي المبلغ'],
    positive: ['شكرا على تبديل الجهاز حالا بعد ما خرب. خدمة ممتازة والله', 'الموظفة شرحت لي كل شيء بهدوء وصبر. جزاها الله خيراً'],
  },
}

const reader = createReader()

describe('cues written for each language: round 47 (leaving as it happens, complaints too mild, thanks heard as complaints)', () => {
  describeLanguageRounds(ROUND47, reader, 'a move, a cancelled appointment, a fast delivery, two addresses, a day away', 'the threats and complaints as negative, and the thanks as positive')
})
