import { describe, expect, it } from 'vitest'
import type { CueKind, SentimentLabel } from '../src/index.js'
import { createReader } from '../src/node/index.js'

// Issue 18: whole readings of support messages in each language the multilingual model reads: the
// language detected, the label, the cue that decides it and the levels a support lead expects. The
// model's probabilities were learned from tweets, so each case is one the language's cue table can
// carry; what only the model can fix is listed at the end and asserted no further than its cues.
// Every message here was written for this test (informal spellings included); none repeats the
// fixtures of cues-multilingual-phrasings.test.ts or multilingual.test.ts.

const reader = createReader()

/** `'not positive'`: neutral or negative both read right (an urgent ask, a call for a human). */
type Label = SentimentLabel | 'not positive'

interface Levels {
  readonly frustrationMin?: number
  readonly frustrationMax?: number
  readonly urgencyMin?: number
  readonly urgencyMax?: number
  readonly satisfactionMin?: number
}

// The levels each kind of case is held to.
const COMPLAINT: Levels = { frustrationMin: 0.5 }
const CALM: Levels = { urgencyMax: 0.1 }
const PLEASED: Levels = { frustrationMax: 0.2, satisfactionMin: 0.5 }
const THANKED: Levels = { frustrationMax: 0.2 }
const PRESSED: Levels = { urgencyMin: 0.4 }
const OUTAGE: Levels = { urgencyMin: 0.7 }
const NONE: Levels = {}

type Case = readonly [lang: string, text: string, label: Label, cue: CueKind, levels: Levels]

const CASES: readonly Case[] = [
  // Spanish
  ['es', 'Es la tercera vez que escribo por el mismo cobro y nadie me da una solución. Estoy harto.', 'negative', 'repeat-contact', COMPLAINT],
  ['es', 'Oigan ya van 3 veces q les escribo y nada, q onda??', 'negative', 'repeat-contact', COMPLAINT],
  ['es', 'Si no me lo arreglan esta semana me doy de baja y me voy con la competencia.', 'negative', 'churn-threat', COMPLAINT],
  ['es', 'Necesito que el sistema funcione antes de las 9, tenemos auditoría mañana. Es urgente.', 'not positive', 'time-pressure', PRESSED],
  ['es', 'Hola, la pasarela de pagos está caída y mañana abrimos la tienda online. Es urgente, xfa.', 'not positive', 'time-pressure', OUTAGE],
  ['es', 'No corre prisa, cuando tengan un rato me dicen cómo exportar las facturas.', 'neutral', 'negation', CALM],
  ['es', 'Muchísimas gracias Laura, ya me llegan los correos otra vez. Un abrazo!', 'positive', 'gratitude', THANKED],
  ['es', 'Gracias por todo, de verdad. Me resolvieron el problema en 5 minutos.', 'positive', 'praise', { ...THANKED, urgencyMax: 0.1 }],
  ['es', 'La verdad, el soporte de ustedes es de lo mejor que he visto. Súper rápidos y amables.', 'positive', 'praise', PLEASED],
  ['es', 'Bueno, qué se le va a hacer, esperaré a la actualización.', 'negative', 'grudging-acceptance', NONE],
  ['es', 'Genial, otra vez sin internet justo hoy. Qué maravilla de servicio.', 'negative', 'sarcasm', COMPLAINT],
  ['es', '¿Cómo cambio la dirección de facturación de mi cuenta?', 'neutral', 'hedge', NONE],
  ['es', 'Quiero hablar con una persona, no con un bot.', 'not positive', 'human-request', NONE],
  // Portuguese
  ['pt', 'Já é a terceira vez que abro chamado pelo mesmo problema e ninguém resolve. Tô de saco cheio.', 'negative', 'repeat-contact', COMPLAINT],
  ['pt', 'Se não resolverem até sexta vou cancelar meu plano e ir pra concorrência.', 'negative', 'churn-threat', COMPLAINT],
  ['pt', 'Preciso disso funcionando até amanhã cedo, temos uma apresentação com o cliente. Urgente!', 'not positive', 'time-pressure', PRESSED],
  ['pt', 'O sistema de pagamento caiu e amanhã é o lançamento da loja. Urgente, por favor!', 'not positive', 'time-pressure', OUTAGE],
  ['pt', 'Sem pressa, quando puderem me expliquem como emitir a segunda via do boleto.', 'neutral', 'negation', CALM],
  ['pt', 'Não tem pressa, é só uma dúvida: vocês emitem nota fiscal?', 'neutral', 'negation', CALM],
  ['pt', 'Muito obrigada, Ana! Agora tá funcionando direitinho. Vocês são demais.', 'positive', 'praise', PLEASED],
  ['pt', 'Gente, vcs são top demais, valeu msm pela ajuda!', 'positive', 'praise', PLEASED],
  ['pt', 'Atendimento excelente, super rápido e atencioso. Parabéns à equipe!', 'positive', 'praise', PLEASED],
  ['pt', 'Tá bom, fazer o quê, vou esperar a próxima atualização então.', 'negative', 'grudging-acceptance', NONE],
  ['pt', 'Que maravilha, mais um dia sem internet. Ótimo serviço, hein.', 'negative', 'sarcasm', COMPLAINT],
  ['pt', 'Como faço para alterar o e-mail cadastrado na minha conta?', 'neutral', 'hedge', NONE],
  ['pt', 'Quero falar com um atendente humano, por favor.', 'not positive', 'human-request', NONE],
  // French
  ['fr', "J'ai besoin que ce soit réparé avant midi, on a une démo avec un client. C'est urgent !", 'not positive', 'time-pressure', OUTAGE],
  ['fr', 'Comment est-ce que je change mon mot de passe ?', 'neutral', 'hedge', CALM],
  ['fr', 'Où est-ce que je trouve ma dernière facture ?', 'neutral', 'hedge', CALM],
  ["fr", "C'est la troisième fois que je vous contacte pour la même facture et toujours rien. J'en ai marre.", 'negative', 'repeat-contact', COMPLAINT],
  ["fr", "Slt, ça fait 3 fois que j'écris et toujours rien, c'est quoi ce délire ?", 'negative', 'repeat-contact', COMPLAINT],
  ["fr", "Si ce n'est pas réglé d'ici vendredi, je résilie et je pars chez un concurrent.", 'negative', 'churn-threat', COMPLAINT],
  ["fr", "Le paiement en ligne est en panne et on lance la boutique demain matin. C'est urgent.", 'not positive', 'time-pressure', OUTAGE],
  ["fr", "Rien de pressé, quand vous aurez le temps, pouvez-vous m'expliquer comment exporter mes factures ?", 'neutral', 'negation', CALM],
  ["fr", "Merci infiniment Julie, tout remarche ! Vous m'avez sauvé la journée.", 'positive', 'praise', PLEASED],
  ["fr", "Franchement, votre support est top, rapide et très aimable. Bravo à l'équipe !", 'positive', 'praise', PLEASED],
  ["fr", "Bon, tant pis, j'attendrai la prochaine mise à jour.", 'negative', 'grudging-acceptance', NONE],
  ["fr", 'Bon ok, tant pis, je ferai avec.', 'negative', 'grudging-acceptance', NONE],
  ["fr", 'Génial, encore une coupure juste avant ma réunion. Bravo le service.', 'negative', 'sarcasm', COMPLAINT],
  ["fr", "Je voudrais parler à quelqu'un, pas à un robot.", 'not positive', 'human-request', NONE],
  // German
  ['de', 'Ich schreibe jetzt zum dritten Mal wegen derselben Rechnung und niemand meldet sich. Langsam reicht es mir.', 'negative', 'repeat-contact', COMPLAINT],
  ['de', "Hallo, ich hab schon dreimal angerufen und immer noch keine Lösung. So langsam reicht's.", 'negative', 'repeat-contact', COMPLAINT],
  ['de', 'Wenn das bis Freitag nicht läuft, kündige ich meinen Vertrag und wechsle zur Konkurrenz.', 'negative', 'churn-threat', COMPLAINT],
  ['de', 'Das muss bis heute Mittag laufen, wir haben morgen früh ein Audit. Dringend!', 'not positive', 'time-pressure', PRESSED],
  ['de', 'Unser Checkout ist down und morgen startet der Launch. Bitte dringend melden!', 'not positive', 'time-pressure', OUTAGE],
  ['de', 'Keine Eile, wenn Sie mal Zeit haben: wie exportiere ich meine Rechnungen?', 'neutral', 'negation', CALM],
  ['de', 'Vielen Dank Herr Müller, jetzt klappt alles wieder. Sie haben mir den Tag gerettet!', 'positive', 'praise', PLEASED],
  ['de', 'Danke euch, läuft wieder einwandfrei!', 'positive', 'praise', PLEASED],
  ['de', 'Ihr Support ist echt spitze, schnell und freundlich. Großes Lob ans Team!', 'positive', 'praise', PLEASED],
  ['de', 'Na gut, dann warte ich halt auf das nächste Update.', 'negative', 'grudging-acceptance', NONE],
  ['de', 'Super, schon wieder kein Internet, und das kurz vor meinem Meeting. Toller Service.', 'negative', 'sarcasm', COMPLAINT],
  ['de', 'Wie ändere ich die Rechnungsadresse in meinem Konto?', 'neutral', 'hedge', NONE],
  ['de', 'Ich möchte bitte mit einem echten Menschen sprechen, nicht mit einem Bot.', 'not positive', 'human-request', NONE],
  // Italian
  ['it', 'È la terza volta che vi scrivo per lo stesso addebito e nessuno mi risponde. Sono stufo.', 'negative', 'repeat-contact', COMPLAINT],
  ['it', 'Raga, è la terza volta che scrivo e ancora niente, ma che servizio è?', 'negative', 'repeat-contact', COMPLAINT],
  ['it', 'Se non lo sistemate entro venerdì disdico il contratto e passo a un altro operatore.', 'negative', 'churn-threat', COMPLAINT],
  ['it', 'Mi serve che funzioni entro stasera, domani abbiamo una demo col cliente. È urgentissimo!', 'not positive', 'time-pressure', OUTAGE],
  ['it', 'Il pagamento online non funziona e domani apriamo il negozio. È urgente!', 'not positive', 'time-pressure', OUTAGE],
  ['it', 'Nessuna fretta, quando avete tempo mi spiegate come scaricare le fatture?', 'neutral', 'negation', CALM],
  ['it', 'Grazie mille Giulia, adesso funziona tutto alla perfezione! Siete stati gentilissimi.', 'positive', 'praise', PLEASED],
  ['it', 'Grazie ragazzi, ora va tutto alla grande!', 'positive', 'praise', PLEASED],
  ['it', 'Il vostro supporto è fantastico, veloci e super gentili. Complimenti!', 'positive', 'praise', PLEASED],
  ['it', 'Vabbè, pazienza, aspetterò il prossimo aggiornamento.', 'negative', 'grudging-acceptance', NONE],
  ['it', "Fantastico, un'altra volta senza linea proprio oggi. Bel servizio davvero.", 'negative', 'sarcasm', COMPLAINT],
  ['it', "Come faccio a cambiare l'indirizzo di fatturazione del mio account?", 'neutral', 'hedge', NONE],
  ['it', 'Voglio parlare con un operatore, non con un bot.', 'not positive', 'human-request', NONE],
  // Arabic
  ['ar', 'هذه ثالث مرة أتواصل معكم بخصوص نفس الفاتورة ولا أحد يرد. لقد سئمت.', 'negative', 'repeat-contact', COMPLAINT],
  ['ar', 'للمرة الثالثة أكلمكم وما أحد رد، خلاص زهقت.', 'negative', 'repeat-contact', COMPLAINT],
  ['ar', 'إذا لم تحلوا المشكلة قبل الجمعة سألغي اشتراكي وأنتقل إلى شركة أخرى.', 'negative', 'churn-threat', COMPLAINT],
  ['ar', 'أحتاج أن يعمل النظام قبل الساعة التاسعة، لدينا اجتماع مع العميل غدا. الأمر عاجل!', 'not positive', 'time-pressure', OUTAGE],
  ['ar', 'بوابة الدفع معطلة ونفتتح المتجر غدا. الأمر عاجل جدا!', 'not positive', 'time-pressure', OUTAGE],
  ['ar', 'لا يوجد استعجال، عندما يكون لديكم وقت، كيف أصدّر الفواتير؟', 'neutral', 'negation', CALM],
  ['ar', 'شكرا جزيلا يا أحمد، كل شيء يعمل الآن. الله يعطيك العافية!', 'positive', 'praise', PLEASED],
  ['ar', 'تسلم يا غالي، المشكلة انحلت. شغل ممتاز!', 'positive', 'praise', PLEASED],
  ['ar', 'خدمة العملاء عندكم رائعة، سريعين ومحترمين جدا.', 'positive', 'praise', PLEASED],
  ['ar', 'حسنا، ما باليد حيلة، سأنتظر التحديث القادم.', 'negative', 'grudging-acceptance', NONE],
  ['ar', 'رائع، انقطع الإنترنت مرة أخرى قبل اجتماعي. خدمة ممتازة فعلا.', 'negative', 'sarcasm', COMPLAINT],
  ['ar', 'ممتاز، تعطل التطبيق قبل العرض بساعة. خدمة رائعة والله.', 'negative', 'sarcasm', COMPLAINT],
  ['ar', 'كيف أغير عنوان الفوترة في حسابي؟', 'neutral', 'hedge', NONE],
  ['ar', 'أريد التحدث مع موظف حقيقي وليس روبوت.', 'not positive', 'human-request', NONE],
  // Hindi, in Devanagari and in Latin letters
  ['hi', 'तीसरी बार उसी बिल के लिए संपर्क कर रहा हूँ और कोई जवाब नहीं दे रहा। मैं तंग आ गया हूँ।', 'negative', 'repeat-contact', COMPLAINT],
  ['hi', 'Bhai teesri baar bol raha hoon, abhi tak koi solution nahi mila. Bahut pareshan hoon.', 'negative', 'repeat-contact', COMPLAINT],
  ['hi', 'अगर शुक्रवार तक ठीक नहीं हुआ तो मैं कनेक्शन बंद करवा दूँगा और दूसरी कंपनी ले लूँगा।', 'negative', 'churn-threat', COMPLAINT],
  ['hi', 'मुझे आज शाम तक यह चालू चाहिए, कल क्लाइंट के साथ मीटिंग है। बहुत ज़रूरी है!', 'not positive', 'time-pressure', PRESSED],
  ['hi', 'पेमेंट सिस्टम बंद है और कल हमारा लॉन्च है। तुरंत ठीक कीजिए, बहुत ज़रूरी है!', 'not positive', 'time-pressure', OUTAGE],
  ['hi', 'कोई जल्दी नहीं है, जब समय मिले तब बता दीजिए कि बिल कैसे डाउनलोड करूँ।', 'neutral', 'negation', CALM],
  ['hi', 'Koi jaldi nahi hai, jab time mile tab bata dena.', 'neutral', 'negation', CALM],
  ['hi', 'बहुत बहुत शुक्रिया, अब सब ठीक से चल रहा है। आपने बहुत मदद की!', 'positive', 'praise', PLEASED],
  ['hi', 'Thank you bhai, ab sab sahi chal raha hai!', 'positive', 'praise', PLEASED],
  ['hi', 'आपकी सपोर्ट टीम शानदार है, बहुत तेज़ और विनम्र।', 'positive', 'praise', PLEASED],
  ['hi', 'ठीक है, क्या कर सकते हैं, अगले अपडेट का इंतज़ार कर लूँगा।', 'negative', 'grudging-acceptance', NONE],
  ['hi', 'Theek hai chalo, kya kar sakte hain, wait kar lunga.', 'negative', 'grudging-acceptance', NONE],
  ['hi', 'वाह, फिर से इंटरनेट बंद, वो भी मीटिंग से ठीक पहले। क्या बढ़िया सर्विस है।', 'negative', 'sarcasm', COMPLAINT],
  ['hi', 'मैं अपने खाते में बिलिंग पता कैसे बदलूँ?', 'neutral', 'hedge', NONE],
  ['hi', 'मुझे किसी असली इंसान से बात करनी है, बॉट से नहीं।', 'not positive', 'human-request', NONE],
]

describe('whole readings of support messages in each language (issue 18)', () => {
  it.each(CASES)('%s: "%s" reads %s with %s', (lang, text, label, cue, levels) => {
    const r = reader.read(text)
    const seen = `${r.sentiment.label} ${r.sentiment.score} | ${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`
    expect(r.language).toBe(lang)
    if (label === 'not positive') expect(r.sentiment.label, seen).not.toBe('positive')
    else expect(r.sentiment.label, seen).toBe(label)
    expect(r.cues.map((c) => c.kind), seen).toContain(cue)
    const e = r.emotions
    if (levels.frustrationMin !== undefined) expect(e.frustration, seen).toBeGreaterThanOrEqual(levels.frustrationMin)
    if (levels.frustrationMax !== undefined) expect(e.frustration, seen).toBeLessThanOrEqual(levels.frustrationMax)
    if (levels.urgencyMin !== undefined) expect(e.urgency, seen).toBeGreaterThanOrEqual(levels.urgencyMin)
    if (levels.urgencyMax !== undefined) expect(e.urgency, seen).toBeLessThanOrEqual(levels.urgencyMax)
    if (levels.satisfactionMin !== undefined) expect(e.satisfaction, seen).toBeGreaterThanOrEqual(levels.satisfactionMin)
  })

  it('reads a refund received with thanks as thanks, and a refund still awaited as a complaint, in every language', () => {
    for (const text of ['Recebi o estorno hoje, obrigado!', 'Ya me llegó el reembolso, mil gracias.', "J'ai reçu le remboursement ce matin, merci !", 'Il rimborso è arrivato, grazie davvero.', 'Die Rückerstattung ist angekommen, vielen Dank!']) {
      const r = reader.read(text)
      expect(r.sentiment.label, `${text} → ${r.sentiment.score}`).toBe('positive')
    }
    for (const text of ['Todavía no me devuelven el dinero, ya van tres semanas esperando.', 'Ich warte seit Wochen auf meine Rückerstattung, unglaublich.']) {
      expect(reader.read(text).sentiment.label, text).toBe('negative')
    }
  })

  // Misread by the model, with the cue that belongs there already found: the French model reads
  // some plain how-to questions as negative (hedge found, label negative). Only what the cues carry
  // is held here: the cue and the level. (An urgent need for a repair, "J'ai besoin que ce soit
  // réparé avant midi… C'est urgent !", read faintly positive here until the polarity words came.)
  it.each([
    ['fr', "Comment modifier l'adresse de facturation de mon compte ?", 'hedge', NONE],
  ] as const satisfies readonly (readonly [string, string, CueKind, Levels])[])('%s: "%s" finds %s (its label is the model\'s)', (lang, text, cue, levels: Levels) => {
    const r = reader.read(text)
    expect(r.language).toBe(lang)
    expect(r.cues.map((c) => c.kind)).toContain(cue)
    if (levels.urgencyMin !== undefined) expect(r.emotions.urgency).toBeGreaterThanOrEqual(levels.urgencyMin)
  })
})
