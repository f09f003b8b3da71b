import { describe, expect, it } from 'vitest'
import type { CueKind } from '../src/index.js'
import { createReader } from '../src/node/index.js'
import { expectCue, expectNoCues, readCues, showCues } from './language-cue-reading.js'

// Issue 18: each language's cues read more wordings than the first fixtures (cues-multilingual.test.ts)
// had: informal spellings without accents, other ways to threaten, chase, hurry, thank, concede and
// mock, and the sincere or unrelated messages that share their words. Every message here was written
// for these tests.

const read = readCues
const show = showCues

/** A "no rush" that takes time pressure back: a negation cue that pulls up, and no time pressure left. */
const NOT_URGENT = 'not-urgent'
type Expected = CueKind | typeof NOT_URGENT

/** [message, the cue it must carry, the words that cue spans (when the fixture pins them)]. */
type Fires = readonly [string, Expected, string?]
/** [message, the cue kinds it must not carry]. */
type Quiet = readonly [string, readonly CueKind[]]

interface Phrasings {
  readonly fires: readonly Fires[]
  readonly quiet: readonly Quiet[]
  /** Messages whose churn threat or sarcasm decides the reading: negative. */
  readonly negative: readonly string[]
}

const PHRASINGS: Record<string, Phrasings> = {
  es: {
    fires: [
      ['Si esto no se arregla hoy me doy de baja y me voy con otra compañía.', 'churn-threat', 'me doy de baja'],
      ['me cambio a la competencia, ya estuvo', 'churn-threat', 'me cambio a la competencia'],
      ['Ya es la tercera vez que les escribo por lo mismo y nadie me contesta.', 'repeat-contact', 'tercera vez'],
      ['Les escribo de nuevo pq el pedido todavia no llega.', 'repeat-contact', 'todavia no llega'],
      ['Sigue sin funcionar el login, ya van cuatro dias asi.', 'repeat-contact', 'Sigue sin funcionar'],
      ['Necesito que me lo resuelvan antes de las 5, tengo una entrega importante.', 'time-pressure', 'antes de las 5'],
      ['No corre prisa, lo pueden ver la semana que viene.', NOT_URGENT],
      ['Mil gracias, me salvaron el día!!', 'gratitude', 'Mil gracias'],
      ['Muchísimas gracias por todo, de verdad.', 'gratitude', 'Muchísimas gracias'],
      ['Buenas tardes, ¿me podrían ayudar con la factura de marzo? Gracias de antemano.', 'politeness', 'Gracias de antemano'],
      ['Bueno, supongo que tendré que esperar entonces.', 'grudging-acceptance', 'Bueno, supongo'],
      ['Bueno, qué le vamos a hacer, esperaré.', 'grudging-acceptance', 'qué le vamos a hacer'],
      ['Pues tendré que conformarme con esto.', 'grudging-acceptance', 'tendré que conformarme'],
      ['Genial, otra caída del sistema justo en viernes.', 'sarcasm', 'Genial, otra'],
      ['Qué maravilla, otra vez sin servicio.', 'sarcasm', 'Qué maravilla'],
      ['Quiero hablar con una persona de verdad, no con un bot.', 'human-request', 'hablar con una persona'],
      ['ya no funciona nada desde la actualizacion', 'issue-report', 'ya no funciona'],
      ['La app se cierra sola cada vez que intento pagar.', 'issue-report', 'se cierra'],
      ['El nuevo panel está buenísimo, muy fácil de usar. Felicidades al equipo.', 'praise', 'buenísimo'],
    ],
    quiet: [
      ['Gracias otra vez por la ayuda, todo perfecto.', ['repeat-contact', 'sarcasm']],
      ['Gracias por la respuesta tan rápida, todo quedó claro.', ['sarcasm', 'repeat-contact', 'issue-report']],
      ['Muchas gracias por su paciencia.', ['grudging-acceptance']],
      ['¿Cómo cambio la dirección de envío de mi pedido?', ['churn-threat', 'issue-report']],
    ],
    negative: ['Si esto no se arregla hoy me doy de baja y me voy con otra compañía.', 'Genial, otra caída del sistema justo en viernes.', 'Qué maravilla, otra vez sin servicio.'],
  },
  pt: {
    fires: [
      ['Se nao resolverem ate sexta vou cancelar tudo e ir pra concorrencia.', 'churn-threat', 'ir pra concorrencia'],
      ['Se nao resolverem ate sexta vou cancelar tudo e ir pra concorrencia.', 'time-pressure', 'ate sexta'],
      ['quero cancelar minha conta, cansei', 'churn-threat', 'cancelar minha conta'],
      ['Ja é a terceira vez que abro chamado sobre isso e nada.', 'repeat-contact', 'terceira vez'],
      ['Mandei mensagem ontem e de novo hoje, ainda nao tive resposta.', 'repeat-contact', 'ainda nao tive resposta'],
      ['O boleto continua dando erro, ja tentei de tudo.', 'repeat-contact', 'continua dando erro'],
      ['Preciso disso resolvido até amanhã cedo, tenho uma reunião com o cliente.', 'time-pressure', 'até amanhã cedo'],
      ['Nao tem pressa nenhuma, podem olhar semana que vem.', NOT_URGENT],
      ['Valeu demais pela ajuda, vcs são feras!', 'gratitude', 'Valeu'],
      ['Bom dia, por gentileza, poderiam verificar meu pedido? Desde já agradeço.', 'politeness', 'Desde já agradeço'],
      ['Tá, fazer o quê, vou esperar mais um pouco.', 'grudging-acceptance', 'fazer o quê'],
      ['ok, tudo bem, vou esperar então', 'grudging-acceptance', 'vou esperar então'],
      ['Ótimo, mais uma atualização que quebrou tudo.', 'sarcasm', 'Ótimo, mais'],
      ['Que maravilha, mais um dia sem internet.', 'sarcasm'],
      ['Quero falar com uma pessoa de verdade, não com robô.', 'human-request', 'falar com uma pessoa'],
      ['O app fecha sozinho quando tento pagar com pix.', 'issue-report', 'fecha sozinho'],
      ['nao consigo logar no app desde ontem', 'issue-report', 'nao consigo logar'],
      ['Atendimento nota dez, resolveram em cinco minutos!', 'praise', 'nota dez'],
    ],
    quiet: [
      ['vou cancelar a reunião de amanhã, remarcamos pra quinta', ['churn-threat']],
      ['Obrigado mais uma vez pela ajuda!', ['repeat-contact']],
      ['Obrigado pela paciência!', ['grudging-acceptance']],
      ['Obrigado novamente pela ajuda.', ['repeat-contact']],
      ['Como faço para mudar o endereço de entrega?', ['churn-threat', 'issue-report']],
    ],
    negative: ['Se nao resolverem ate sexta vou cancelar tudo e ir pra concorrencia.', 'Ótimo, mais uma atualização que quebrou tudo.', 'Que maravilha, mais um dia sem internet.'],
  },
  fr: {
    fires: [
      ["Franchement si c'est pas réglé demain je me casse chez un concurrent.", 'churn-threat', 'chez un concurrent'],
      ["Je veux annuler mon abonnement, c'est fini.", 'churn-threat', 'annuler mon abonnement'],
      ['Je vais tout résilier, vous avez perdu un client.', 'churn-threat', 'Je vais tout résilier'],
      ["C'est la troisième fois que je vous contacte pour ce problème.", 'repeat-contact', 'troisième fois'],
      ["Je relance encore, j'ai toujours pas de réponse depuis lundi.", 'repeat-contact', 'Je relance'],
      ["ca marche toujours pas, j'ai vidé le cache et tout.", 'repeat-contact', 'toujours pas'],
      ["Je l'ai dit mille fois, le code n'arrive pas.", 'repeat-contact', 'dit mille fois'],
      ['Il me faut la facture avant vendredi midi pour la compta.', 'time-pressure', 'avant vendredi'],
      ['Rien de pressé, regardez ça quand vous avez un moment.', NOT_URGENT],
      ["pas d'urgence, quand vous pourrez", NOT_URGENT],
      ["Merci mille fois, vous m'avez sauvé la journée !", 'gratitude', 'Merci mille fois'],
      ["Bonjour, pourriez-vous m'aider à changer mon adresse svp ? Merci d'avance.", 'politeness', 'svp'],
      ["Bon, ben, tant pis, j'attendrai.", 'grudging-acceptance', 'tant pis'],
      ['Génial, encore une panne juste avant le week-end.', 'sarcasm', 'Génial, encore'],
      ['Je veux parler à un humain, pas à votre chatbot.', 'human-request', 'parler à un humain'],
      ["L'appli plante dès que j'ouvre le panier.", 'issue-report', 'plante'],
      ['ça marche pas depuis ce matin', 'issue-report', 'marche pas'],
      ["Le nouveau tableau de bord est top, bravo à l'équipe.", 'praise', 'top'],
    ],
    quiet: [
      ['je vais annuler la réunion de demain, on la décale à jeudi', ['churn-threat']],
      ["Merci mille fois, vous m'avez sauvé la journée !", ['repeat-contact']],
      ["Merci pour vos explications, c'est très clair.", ['sarcasm', 'repeat-contact', 'issue-report']],
      ['Comment je fais pour modifier mon mot de passe ?', ['churn-threat', 'issue-report']],
    ],
    negative: ["Franchement si c'est pas réglé demain je me casse chez un concurrent.", 'Génial, encore une panne juste avant le week-end.'],
  },
  de: {
    fires: [
      ['Wenn das bis Freitag nicht läuft, bin ich weg und gehe zur Konkurrenz.', 'churn-threat', 'bin ich weg'],
      ['Ich bin kurz davor zu kündigen.', 'churn-threat', 'kurz davor zu kündigen'],
      ['Das ist jetzt das dritte Mal, dass ich mich wegen der Rechnung melde.', 'repeat-contact', 'dritte Mal'],
      ['Ich schreibe nochmal, weil immer noch keine Antwort kam.', 'repeat-contact', 'schreibe nochmal'],
      ['Geht immer noch nicht, hab schon alles probiert.', 'repeat-contact', 'immer noch nicht'],
      ['Ich brauche die Daten bis morgen früh, sonst platzt der Termin beim Kunden.', 'time-pressure', 'bis morgen'],
      ['Keine Eile, schauen Sie es sich nächste Woche an.', NOT_URGENT],
      ['Das ist nicht so eilig, kein Stress.', NOT_URGENT],
      ['Tausend Dank, Sie haben mir echt den Tag gerettet!', 'gratitude', 'Tausend Dank'],
      ['Hallo, könnten Sie mir bitte bei der Adressänderung helfen? Danke im Voraus.', 'politeness', 'Danke im Voraus'],
      ['Na gut, dann warte ich halt noch.', 'grudging-acceptance', 'Na gut'],
      ['Na toll, schon wieder ein Ausfall mitten am Tag.', 'sarcasm', 'toll, schon wieder'],
      ['Ich will endlich mit einem echten Menschen reden, nicht mit dem Bot.', 'human-request', 'echten Menschen'],
      ['Die App stürzt ab, sobald ich den Warenkorb öffne.', 'issue-report', 'stürzt ab'],
      ['Das neue Dashboard ist echt klasse, großes Lob ans Team.', 'praise', 'großes Lob'],
    ],
    quiet: [
      ['ich muss den Termin morgen leider absagen, können wir auf Donnerstag verschieben', ['churn-threat']],
      ['Nochmals danke für die Hilfe, alles läuft.', ['repeat-contact', 'sarcasm']],
      ['Danke für die Erklärung, jetzt ist alles klar.', ['sarcasm', 'issue-report']],
      ['Wie kann ich mein Passwort ändern?', ['churn-threat', 'issue-report']],
    ],
    negative: ['Wenn das bis Freitag nicht läuft, bin ich weg und gehe zur Konkurrenz.', 'Na toll, schon wieder ein Ausfall mitten am Tag.'],
  },
  it: {
    fires: [
      ['Se entro venerdì non risolvete passo a un altro gestore, sono stufo.', 'churn-threat', 'passo a un altro gestore'],
      ['È la terza volta che vi scrivo per lo stesso problema.', 'repeat-contact', 'terza volta'],
      ['Vi riscrivo perché ancora nessuno mi ha risposto.', 'repeat-contact', 'nessuno mi ha risposto'],
      ['Continua a bloccarsi ogni volta che apro il carrello.', 'repeat-contact', 'Continua a bloccarsi'],
      ['Mi serve la fattura entro domattina, ho la chiusura del bilancio.', 'time-pressure', 'entro domattina'],
      ['è urgentissimo, domani ho la presentazione', 'time-pressure', 'urgentissimo'],
      ['Nessuna fretta, guardateci quando avete un attimo.', NOT_URGENT],
      ['Nessuna urgenza, quando avete tempo.', NOT_URGENT],
      ['Grazie davvero, mi avete salvato la giornata!', 'gratitude', 'Grazie davvero'],
      ['Buongiorno, potreste aiutarmi a cambiare indirizzo? Grazie in anticipo.', 'politeness', 'Grazie in anticipo'],
      ['Va bene, dai, aspetterò.', 'grudging-acceptance', 'Va bene, dai'],
      ['Pazienza, aspetterò.', 'grudging-acceptance', 'Pazienza, aspetterò'],
      ['Fantastico, un altro disservizio proprio oggi.', 'sarcasm', 'Fantastico, un altro'],
      ['Vorrei parlare con un operatore in carne e ossa, non con il bot.', 'human-request', 'parlare con un operatore'],
      ["L'app si chiude da sola quando provo a pagare.", 'issue-report', 'si chiude'],
      ['non va niente da stamattina', 'issue-report', 'non va'],
      ['Il nuovo pannello è fatto benissimo, complimenti al team.', 'praise', 'complimenti'],
    ],
    quiet: [
      ['devo annullare la riunione di domani, la spostiamo a giovedì', ['churn-threat']],
      ['grazie infinite per la pazienza', ['grudging-acceptance']],
      ['No grazie, va bene così.', ['grudging-acceptance']],
      ['Grazie per il sollecito intervento.', ['repeat-contact']],
    ],
    negative: ['Se entro venerdì non risolvete passo a un altro gestore, sono stufo.', 'Fantastico, un altro disservizio proprio oggi.'],
  },
  ar: {
    fires: [
      ['إذا ما انحلت المشكلة اليوم راح ألغي الاشتراك وأروح لشركة ثانية', 'churn-threat', 'راح ألغي الاشتراك'],
      ['خلاص، بروح لشركة ثانية', 'churn-threat', 'لشركة ثانية'],
      ['هذي ثالث مرة أتواصل معكم بخصوص نفس الموضوع', 'repeat-contact', 'ثالث مرة'],
      ['كلمتكم أمس واليوم وللحين ما أحد رد علي', 'repeat-contact', 'ما أحد رد'],
      ['الدفع ما زال لا يعمل رغم أني جربت كل شي', 'repeat-contact', 'ما زال لا'],
      ['أحتاج الفاتورة قبل بكرة الصبح ضروري', 'time-pressure', 'قبل بكرة'],
      ['مو مستعجل، شوفوه لما تفضون', NOT_URGENT],
      ['ألف شكر لكم، ساعدتوني كثير', 'gratitude', 'ألف شكر'],
      ['مرحبا، ممكن تساعدوني في تغيير العنوان؟ وشكرا مقدما', 'politeness', 'ممكن تساعدوني'],
      ['طيب ماشي، بنتظر', 'grudging-acceptance', 'طيب ماشي'],
      ['رائع، انقطاع جديد كالعادة', 'sarcasm', 'رائع، انقطاع جديد'],
      ['أبغى أكلم مدير لو سمحت', 'human-request', 'أبغى أكلم مدير'],
      ['التطبيق يقفل لحاله كل ما أحاول أدفع', 'issue-report', 'التطبيق يقفل'],
      ['الخدمة شغالة الآن بشكل ممتاز، شكرا', 'praise', 'شغالة الآن'],
    ],
    quiet: [
      ['بلغي الاجتماع بكرة ونأجله للخميس', ['churn-threat']],
      ['شكرا مرة ثانية على المساعدة', ['repeat-contact']],
      ['كيف أغير كلمة المرور؟', ['churn-threat', 'issue-report']],
    ],
    negative: ['إذا ما انحلت المشكلة اليوم راح ألغي الاشتراك وأروح لشركة ثانية', 'رائع، انقطاع جديد كالعادة'],
  },
  hi: {
    fires: [
      ['अगर आज ठीक नहीं हुआ तो मैं दूसरी कंपनी में चला जाऊंगा।', 'churn-threat', 'दूसरी कंपनी'],
      ['sabse ghatiya service, main cancel kar dunga', 'churn-threat', 'cancel kar dunga'],
      ['ये तीसरी बार है जब मैं इसी बात के लिए लिख रहा हूं।', 'repeat-contact', 'तीसरी बार'],
      ['bhai teesri baar message kar raha hu, koi reply nahi aaya', 'repeat-contact', 'teesri baar'],
      ['पेमेंट अभी भी फेल हो रहा है, सब ट्राई कर लिया।', 'repeat-contact', 'अभी भी फेल'],
      ['mujhe kal subah tak invoice chahiye, meeting hai', 'time-pressure', 'kal subah tak'],
      ['कोई जल्दी नहीं है, अगले हफ्ते देख लीजिए।', NOT_URGENT],
      ['bahut bahut shukriya, aapne din bana diya', 'gratitude', 'shukriya'],
      ['नमस्ते, क्या आप मेरा पता बदलने में मदद कर सकते हैं? पहले से धन्यवाद।', 'politeness', 'पहले से धन्यवाद'],
      ['ठीक है, चलो, इंतज़ार कर लेता हूं।', 'grudging-acceptance', 'ठीक है, चलो'],
      ['वाह, फिर से सर्वर डाउन, कमाल है।', 'sarcasm', 'वाह'],
      ['mujhe kisi real insaan se baat karni hai, bot se nahi', 'human-request', 'insaan se baat'],
      ['ऐप पेमेंट करते समय बंद हो जाता है।', 'issue-report', 'बंद हो जाता'],
      ['पेमेंट अभी भी फेल हो रहा है, सब ट्राई कर लिया।', 'issue-report', 'फेल हो रहा'],
      ['aapki service ekdum mast hai, team ko badhai', 'praise', 'mast'],
    ],
    quiet: [
      ['kal ki meeting cancel kar do, guruvar ko rakhte hain', ['churn-threat']],
      ['समझाने के लिए धन्यवाद, अब सब साफ़ है।', ['sarcasm', 'repeat-contact', 'issue-report']],
      ['पासवर्ड कैसे बदलूं?', ['churn-threat', 'issue-report']],
    ],
    negative: ['अगर आज ठीक नहीं हुआ तो मैं दूसरी कंपनी में चला जाऊंगा।', 'वाह, फिर से सर्वर डाउन, कमाल है।'],
  },
}

const reader = createReader()

describe('cues written for each language: more phrasings (issue 18)', () => {
  for (const [code, p] of Object.entries(PHRASINGS)) {
    describe(code, () => {
      it('reads every message as this language', () => {
        for (const text of new Set([...p.fires.map(([t]) => t), ...p.quiet.map(([t]) => t)])) expect(read(text).language, text).toBe(code)
      })

      it('finds the cue each message carries, with its span into the original text', () => {
        for (const [text, kind, words] of p.fires) {
          if (kind === NOT_URGENT) {
            const cues = read(text).cues
            expect(cues.some((c) => c.kind === 'negation' && c.weight > 0), show(text)).toBe(true)
            expect(cues.map((c) => c.kind), show(text)).not.toContain('time-pressure')
            continue
          }
          expectCue(text, kind, words)
        }
      })

      it('finds no cue the message does not carry (sincere thanks, a meeting called off, a plain question)', () => {
        for (const [text, kinds] of p.quiet) expectNoCues(text, kinds)
      })

      it('reads a churn threat or sarcasm as negative', () => {
        for (const text of p.negative) expect(reader.read(text).sentiment.label, show(text)).toBe('negative')
      })
    })
  }

  it('reads cancelling a meeting or an appointment as no churn threat, in every language that says "cancel"', () => {
    for (const text of ['Voy a cancelar la reunión de mañana.', 'Vou cancelar a reunião de amanhã.', 'Je vais annuler le rendez-vous de demain.', 'Devo annullare la riunione di domani.', 'Ich kündige meinen Termin am Montag, mir ist etwas dazwischengekommen.', 'Wir stornieren die Buchung für Freitag.']) {
      const kinds = reader.read(text).cues.map((c) => c.kind)
      expect(kinds, text).not.toContain('churn-threat')
    }
    for (const text of ['Voy a cancelar mi suscripción, ya no aguanto más.', 'Ich kündige meinen Vertrag zum Monatsende.', 'Ich kündige.']) {
      expect(reader.read(text).cues.map((c) => c.kind), text).toContain('churn-threat')
    }
  })

  it('reads "no worries" formulas as no problem, and a problem named after them as a problem', () => {
    for (const text of ['Nicht schlimm, danke für die Info.', "Ce n'est pas grave, merci.", 'Non fa niente, grazie.', 'Não tem problema, obrigado.', 'No se preocupe, gracias por avisar.']) {
      const r = reader.read(text)
      expect(r.cues.map((c) => c.kind), text).toContain('negation')
      expect(r.sentiment.label, text).toBe('positive')
    }
    for (const text of ['Nicht schlimm, aber die App stürzt immer noch ab.', "Ce n'est pas grave, mais l'appli plante encore."]) {
      const r = reader.read(text)
      expect(r.cues.map((c) => c.kind), text).toContain('issue-report')
      expect(r.sentiment.label, text).toBe('negative')
    }
    // "No pasa nada con mi pedido" is nothing happening, not no worries.
    expect(reader.read('No pasa nada con mi pedido, sigue sin llegar.').sentiment.label).not.toBe('positive')
    expect(reader.read('Die App stürzt ständig ab.').cues.map((c) => c.kind)).toContain('issue-report')
  })

  it('hears a move to another provider in Spanish, and not a move from one', () => {
    for (const text of ['Me cambio a otra compañía, estoy harta de esperar.', 'Nos cambiamos a otro proveedor si esto no se arregla hoy.']) {
      expect(reader.read(text).cues.map((c) => c.kind), text).toContain('churn-threat')
    }
    expect(reader.read('Nos cambiamos de otro proveedor el año pasado y estamos contentos.').cues.map((c) => c.kind)).not.toContain('churn-threat')
  })
})
