import { describe, expect, it } from 'vitest'
import type { CueKind } from '../src/index.js'
import { createReader } from '../src/node/index.js'
import { describeLanguageRounds, type LanguageRound, readCues, showCues } from './language-cue-reading.js'

// Round 6 of the per-language cue tables: the ways native speakers leave (for a rival named or
// unnamed, closing the account, ending the contract in formal words, announcing the last order),
// vent disbelief and outrage ("¡No puede ser!", "Das darf doch nicht wahr sein", "c'est n'importe
// quoi", "ये क्या मज़ाक है"), and the thanks that share words with complaints (money "schon wieder auf
// meinem Konto", "شكرا على حل المشكلة"). The quiet messages are the look-alikes: a trip, an errand at a
// carrier's shop, a change of password or plan, a comparison with the competition, a past order.
// Every message here was written for these tests.

const read = readCues
const show = showCues


const CHURN: CueKind = 'churn-threat'
const EMOTION: CueKind = 'explicit-emotion'

const ROUND6: Record<string, LanguageRound> = {
  es: {
    fires: [
      ['Si el viernes sigue igual, me paso a Movistar y listo.', CHURN, 'me paso a Movistar'],
      ['Es la última vez que les compro algo, de verdad.', CHURN, 'última vez que les compro'],
      ['No vuelvo a pedir nada en esta tienda.', CHURN, 'No vuelvo a pedir'],
      ['Hoy mismo cierro mi cuenta y me llevo mi dinero a otro banco.', CHURN, 'cierro mi cuenta'],
      ['Quiero rescindir el contrato cuanto antes.', CHURN, 'rescindir el contrato'],
      ['nos cambiamos de compañia, ya no aguantamos mas', CHURN, 'nos cambiamos de compañia'],
      ['Me veo obligada a darme de baja porque nadie me soluciona el problema.', CHURN],
      ['¡No puede ser! Tres semanas esperando el reembolso.', EMOTION, 'No puede ser!'],
      ['Esto es una tomadura de pelo, me cobraron dos veces.', EMOTION, 'tomadura de pelo'],
      ['Estoy hasta las narices de este servicio.', EMOTION, 'hasta las narices'],
      ['Llevamos toda la mañana intentando pagar y nada.', 'issue-report'],
    ],
    quiet: [
      ['Mañana voy a Madrid, ¿puedo recoger el pedido en la tienda de allí?', [CHURN]],
      ['Me paso a recoger el paquete a las cinco.', [CHURN]],
      ['Compré en Amazon un cargador compatible, ¿sirve para este modelo?', [CHURN]],
      ['¿Puedo cambiar de tienda de recogida?', [CHURN]],
      ['La última vez que les escribí me ayudaron enseguida, gracias.', [CHURN]],
      ['El importe no puede ser mayor de 500 euros, ¿verdad?', [EMOTION]],
      ['Me voy de vacaciones el lunes, ¿pueden entregar antes?', [CHURN]],
    ],
    negative: ['Si el viernes sigue igual, me paso a Movistar y listo.', 'No vuelvo a pedir nada en esta tienda.', '¡No puede ser! Tres semanas esperando el reembolso.'],
  },
  de: {
    fires: [
      ['Ich wechsle zu Vodafone, sobald der Vertrag ausläuft.', CHURN, 'wechsle zu Vodafone'],
      ['Hiermit kündige ich meinen Handyvertrag fristgerecht.', CHURN],
      ['Ich bestelle ab sofort nur noch bei Amazon.', CHURN, 'nur noch bei Amazon'],
      ['Das war definitiv meine letzte Bestellung bei euch.', CHURN, 'Das war definitiv meine letzte Bestellung'],
      ['Wir sehen uns gezwungen, den Stromvertrag zu kündigen.', CHURN, 'den Stromvertrag zu kündigen'],
      ['Wenn das so weitergeht, wechseln wir den Anbieter.', CHURN, 'wechseln wir den Anbieter'],
      ['Da war ich die längste Zeit Kunde.', CHURN, 'die längste Zeit Kunde'],
      ['Das gibt es doch nicht! Wieder keine Lieferung.', EMOTION, 'gibt es doch nicht'],
      ['Ich fühle mich echt verarscht von eurem Kundenservice.', EMOTION, 'verarscht'],
      ['Das ist doch ein Witz, seit zehn Tagen kein Internet.', EMOTION, 'ist doch ein Witz'],
      ['Der Geschirrspüler tropft unten und ist erst eine Woche alt.', 'issue-report', 'tropft'],
    ],
    quiet: [
      ['Ich wechsle das Passwort, sobald ich wieder eingeloggt bin.', [CHURN]],
      ['Ich war heute bei der Telekom im Laden und habe nach dem Router gefragt.', [CHURN]],
      ['Im Vergleich zur Konkurrenz seid ihr echt schnell, danke!', [CHURN]],
      ['Die Erstattung ist schon wieder auf meinem Konto, danke für die schnelle Bearbeitung.', ['repeat-contact']],
      ['Es läuft schon wieder einwandfrei, danke!', ['repeat-contact']],
      ['Können Sie meine Lieferadresse ändern? Ich ziehe zum Monatsende um.', [CHURN]],
      ['Funktioniert die Uhr auch unter Wasser?', ['issue-report', EMOTION]],
    ],
    negative: ['Ich wechsle zu Vodafone, sobald der Vertrag ausläuft.', 'Das war definitiv meine letzte Bestellung bei euch.', 'Das gibt es doch nicht! Wieder keine Lieferung.'],
    positive: ['Die Erstattung ist schon wieder auf meinem Konto, danke für die schnelle Bearbeitung.'],
  },
  fr: {
    fires: [
      ['Je passe chez Free dès la fin de mon engagement.', CHURN, 'passe chez Free'],
      ["Je souhaite mettre fin à mon contrat d'assurance.", CHURN, 'fin à mon contrat'],
      ["C'est la dernière fois que je commande chez vous.", CHURN, 'dernière fois que je commande'],
      ['Vous ne me reverrez plus, je vais voir ailleurs.', CHURN, 'ne me reverrez plus'],
      ["Je vais changer d'opérateur, c'est décidé.", CHURN, "changer d'opérateur"],
      ['Je demande la résiliation de mon abonnement sous huitaine.', CHURN, 'demande la résiliation'],
      ['Franchement, vous vous moquez de moi ?', EMOTION, 'moquez de moi'],
      ["C'est du grand n'importe quoi, ce service.", EMOTION, "grand n'importe quoi"],
      ['Ça me saoule, trois appels et toujours rien.', EMOTION, 'Ça me saoule'],
      ['Le carton est arrivé ouvert et il manque deux pièces.', 'issue-report'],
    ],
    quiet: [
      ['Je pars en vacances demain, pouvez-vous livrer avant ?', [CHURN]],
      ['Je passe chez Orange demain pour récupérer ma nouvelle box.', [CHURN]],
      ['Votre offre est moins chère que chez la concurrence, merci !', [CHURN]],
      ['Comment changer de forfait sans changer de numéro ?', [CHURN]],
      ["La dernière fois que j'ai commandé, tout était parfait.", [CHURN]],
      ["Je peux choisir n'importe quoi dans le catalogue ?", [EMOTION]],
    ],
    negative: ['Je passe chez Free dès la fin de mon engagement.', "C'est la dernière fois que je commande chez vous.", "C'est du grand n'importe quoi, ce service."],
  },
  it: {
    fires: [
      ['Intendo recedere dal contratto entro fine mese.', CHURN, 'recedere dal contratto'],
      ['Passo a Iliad, almeno lì il servizio funziona.', CHURN, 'Passo a Iliad'],
      ["È l'ultima volta che ordino da voi.", CHURN, "l'ultima volta che ordino"],
      ['Non comprerò più niente sul vostro sito.', CHURN, 'Non comprerò più'],
      ["Vi mando la disdetta dell'abbonamento oggi stesso.", CHURN, 'mando la disdetta'],
      ["Chiudo il conto e passo a un'altra banca.", CHURN, "passo a un'altra banca"],
      ['Ma stiamo scherzando? Di nuovo senza linea!', EMOTION, 'stiamo scherzando'],
      ["È una presa in giro, pago per un servizio che non c'è.", EMOTION, 'presa in giro'],
      ['Non ci posso credere, il pacco è sparito.', EMOTION, 'Non ci posso credere'],
    ],
    quiet: [
      ['Passo da TIM domani per ritirare la SIM nuova.', [CHURN]],
      ['Rispetto alla concorrenza siete molto più veloci, grazie!', [CHURN]],
      ['Devo disdire la prenotazione del tavolo per sabato.', [CHURN]],
      ["L'ultima volta che ho ordinato è arrivato tutto in orario.", [CHURN]],
      ['Vado in vacanza la settimana prossima, potete consegnare prima?', [CHURN]],
    ],
    negative: ['Passo a Iliad, almeno lì il servizio funziona.', "È l'ultima volta che ordino da voi.", 'Ma stiamo scherzando? Di nuovo senza linea!'],
  },
  pt: {
    fires: [
      ['Vou mudar pra Claro assim que acabar a fidelidade.', CHURN, 'mudar pra Claro'],
      ['Última vez que peço alguma coisa nessa loja.', CHURN, 'Última vez que peço'],
      ['Quero rescindir meu contrato sem multa.', CHURN, 'rescindir meu contrato'],
      ['A gente tá indo para a Vivo, cansamos de esperar vocês.', CHURN, 'indo para a Vivo'],
      ['nao compro mais com vcs', CHURN, 'nao compro mais com'],
      ['Vou levar meu dinheiro pra outro banco.', CHURN],
      ['Só pode ser brincadeira, cobraram de novo!', EMOTION, 'Só pode ser brincadeira'],
      ['Que falta de respeito com o cliente.', EMOTION, 'falta de respeito'],
      ['Isso é uma palhaçada, três semanas sem resposta.', EMOTION, 'Isso é uma palhaçada'],
    ],
    quiet: [
      ['Como faço para mudar para o plano anual?', [CHURN]],
      ['Liguei pra Vivo e eles disseram que o problema é de vocês.', [CHURN]],
      ['Vou pelo Uber até a loja buscar o aparelho.', [CHURN]],
      ['O serviço de vocês é bem melhor que a concorrência, parabéns!', [CHURN]],
      ['Quero mudar o endereço de entrega do meu pedido.', [CHURN]],
      ['O carrinho está cheio de itens, posso finalizar a compra amanhã?', [EMOTION]],
    ],
    negative: ['Vou mudar pra Claro assim que acabar a fidelidade.', 'Quero rescindir meu contrato sem multa.', 'Isso é uma palhaçada, três semanas sem resposta.'],
  },
  ar: {
    fires: [
      ['سأنتقل إلى مصرف آخر إذا لم يرجع المبلغ', CHURN, 'سأنتقل إلى مصرف آخر'],
      ['خلاص بقفل حسابي ومش راجع', CHURN, 'بقفل حسابي'],
      ['هذي آخر مرة أشتري منكم', CHURN, 'آخر مرة أشتري'],
      ['ناوي أروح لشبكة ثانية الشهر الجاي', CHURN, 'أروح لشبكة ثانية'],
      ['خسرتوا عميل بسبب هذا التعامل', CHURN, 'خسرتوا عميل'],
      ['أبغى إلغاء حسابي اليوم', CHURN, 'أبغى إلغاء حسابي'],
      ['ايه المهزلة دي؟ الطلب اتأخر أسبوع', EMOTION, 'ايه المهزلة'],
      ['حسبي الله فيكم، خصمتوا المبلغ مرتين', EMOTION, 'حسبي الله'],
      ['والله شي مو معقول، ثلاث أيام بدون إنترنت', EMOTION, 'مو معقول'],
    ],
    quiet: [
      ['شكرا جزيلا على حل مشكلتي بسرعة', ['issue-report']],
      ['كيف أحول مبلغ إلى بنك آخر؟', [CHURN]],
      ['بروح للبنك بكرة عشان أحدث بياناتي', [CHURN]],
      ['السعر معقول والخدمة ممتازة', [EMOTION]],
      ['تم قفل الحساب بعد محاولات دخول خاطئة، كيف أفتحه؟', [CHURN]],
    ],
    negative: ['خلاص بقفل حسابي ومش راجع', 'خسرتوا عميل بسبب هذا التعامل', 'حسبي الله فيكم، خصمتوا المبلغ مرتين'],
    positive: ['شكرا جزيلا على حل مشكلتي بسرعة'],
  },
  hi: {
    fires: [
      ['Bas ab Airtel mein shift ho jaunga, bahut ho gaya.', CHURN, 'Airtel mein shift ho jaunga'],
      ['Main apna number port karwa lungi is hafte, bahut pareshan hu.', CHURN, 'number port karwa lungi'],
      ['मैं अपना अकाउंट बंद करवा दूँगा।', CHURN, 'अकाउंट बंद करवा दूँगा'],
      ['ab dobara order nahi karunga aapse, bahut ghatiya service hai', CHURN, 'dobara order nahi karunga'],
      ['ab kabhi nahi kharidungi yahan se', CHURN, 'kabhi nahi kharidungi'],
      ['Aapki service chhod dunga agar aaj theek nahi hua.', CHURN, 'service chhod dunga'],
      ['ये क्या तमाशा बना रखा है?', EMOTION, 'क्या तमाशा बना'],
      ['kya mazak hai yaar, teen din se net nahi', EMOTION, 'kya mazak hai'],
      ['हमें बेवकूफ समझ रखा है क्या?', EMOTION, 'बेवकूफ समझ'],
      ['मैंने दो बार शिकायत की, कुछ नहीं हुआ।', 'repeat-contact', 'दो बार'],
    ],
    quiet: [
      ['Airtel mein recharge kaise karu?', [CHURN]],
      ['Maine Jio se number port kar liya, ab SIM activate kaise hoga?', [CHURN]],
      ['पासवर्ड बदलने का क्या तरीका है?', [EMOTION]],
      ['ek baar check kar lijiye please', ['repeat-contact']],
      ['मेरा फोन चोरी हो गया, सिम ब्लॉक कर दीजिए।', [EMOTION]],
      ['amazon pe ja ke price check kiya', [CHURN]],
      ['Maine Jio se Airtel mein port kar liya, activate kab hoga?', [CHURN]],
      ['Kal Airtel store jaunga nayi sim lene', [CHURN]],
    ],
    negative: ['Main apna number port karwa lungi is hafte, bahut pareshan hu.', 'Aapki service chhod dunga agar aaj theek nahi hua.'],
  },
}

const reader = createReader()

describe('cues written for each language: round 6 (leaving, outrage, thanks that share words with complaints)', () => {
  describeLanguageRounds(ROUND6, reader, 'a trip, an errand, a plan change, a comparison, a past order', 'a threat to leave or outrage as negative, and thanks as positive')

  it('hears disbelief and outrage as frustration, in every language', () => {
    for (const text of [
      '¡No puede ser! Otra vez me cobraron la cuota.',
      'Das darf doch nicht wahr sein, die Bestellung ist schon wieder verschwunden.',
      "C'est n'importe quoi, on m'a raccroché au nez.",
      'Non ci posso credere, mi avete addebitato due volte.',
      'Isto é inadmissível, quatro dias sem luz.',
      'إيه القرف ده، الشحنة اتأخرت تاني',
      'ये क्या मज़ाक है, पैसे कट गए और रिचार्ज नहीं हुआ।',
    ]) {
      const r = reader.read(text)
      expect(r.cues.map((c) => c.kind), show(text)).toContain(EMOTION)
      expect(r.emotions.frustration, show(text)).toBeGreaterThanOrEqual(0.4)
    }
  })

  it('keeps a fix or money returned "again" off repeat contact, and thanks for a problem solved off issue reports', () => {
    for (const text of ['Das Geld ist schon wieder auf meinem Konto. Danke!', 'Die App funktioniert schon wieder, danke!']) {
      expect(read(text).cues.map((c) => c.kind), show(text)).not.toContain('repeat-contact')
    }
    // "Schon wieder" about the fault still is one.
    expect(read('Schon wieder wurde mein Konto doppelt belastet.').cues.map((c) => c.kind)).toContain('repeat-contact')
    expect(read('Es funktioniert schon wieder nicht.').cues.map((c) => c.kind)).toContain('repeat-contact')
    expect(read('شكرا على حل المشكلة بهذه السرعة').cues.map((c) => c.kind)).not.toContain('issue-report')
    // A problem not yet solved keeps its report.
    expect(read('لم يتم حل المشكلة حتى الآن').cues.map((c) => c.kind)).toContain('issue-report')
  })
})
