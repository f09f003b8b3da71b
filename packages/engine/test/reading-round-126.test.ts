import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Sentences written for these tests, after the kinds of rounds 123 to 128 (the twenty-fifth session),
// with the look-alikes each new rule must leave alone.
const reader = createReader()
const read = (text: string) => reader.read(text)
const kinds = (text: string) => read(text).cues.map((c) => c.kind)

describe('thanks for the fault itself, and blame told as thanks', () => {
  it.each(['Thanks for the power cut in the middle of my exam revision.', 'Cheers for yet another outage, right before payroll.'])('reads the thanks as a sneer: %s', (text) => {
    expect(read(text).sentiment.label).toBe('negative')
    expect(kinds(text)).toContain('sarcasm')
  })

  it('keeps thanks for what came with the fault sincere', () => {
    const r = read('Thank you for the outage credit on my bill.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('sarcasm')
  })

  it('reads "thanks to your mix-up" as blame, and "thanks to your app" as thanks', () => {
    const blame = read('Thanks to your mix-up my parents sat in the wrong hotel for two nights.')
    expect(blame.sentiment.label).toBe('negative')
    expect(blame.cues.map((c) => c.kind)).not.toContain('gratitude')
    expect(read('Thanks to your app I finally know where my money goes.').sentiment.label).toBe('positive')
  })
})

describe('credit for a fault, and the joys of it', () => {
  it('hears two frames that vouch for each other', () => {
    const r = read('Congratulations to whoever decided the login page should log me out every five minutes. What a visionary.')
    expect(r.sentiment.label).toBe('negative')
    expect(r.cues.map((c) => c.kind)).toContain('sarcasm')
    expect(kinds('Ah, the joys of a self-checkout that only takes exact change.')).toContain('sarcasm')
  })

  it('leaves credit for something good alone', () => {
    const r = read('Kudos to whoever designed the new dashboard, it is so much clearer.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('sarcasm')
  })
})

describe('contacts counted in the customer\'s words', () => {
  it.each([
    'How many more times do I have to send you the same photo?',
    'Your transcript history will show I have asked about this before.',
    'Hi, sorry to be a pest, but is there any news on the replacement card?',
    'No reply to my last email. The boiler is still cold.',
    'We are now in our third week of paper invoices.',
  ])('hears a repeat contact: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
    expect(read(text).sentiment.label).toBe('negative')
  })

  it.each([
    "I've never once had to chase you for anything in six years.",
    'Your order history will show the refund.',
    'Hello again! Is there a way to print the invoices in bulk?',
    'Me again! Can I add a second card to the account?',
    "The laptop is back from repair and everything's still there, thank you.",
  ])('hears none in: %s', (text) => {
    expect(kinds(text)).not.toContain('repeat-contact')
  })
})

describe('stated feelings, giving in, and the need to tell', () => {
  it('reads anger and irritation said outright', () => {
    for (const text of ['My blood has been boiling since I saw the renewal price.', "I can't tell you how irritated I am that the refund went to an old card."]) {
      const r = read(text)
      expect(r.sentiment.label).toBe('negative')
      expect(r.cues.some((c) => c.kind === 'explicit-emotion' && c.explicit)).toBe(true)
    }
  })

  it('reads the other side that will not budge as grudging acceptance', () => {
    expect(kinds('The insurer is not going to budge, so go ahead with the lower offer.')).toContain('grudging-acceptance')
  })

  it('reads praise sent up the chain and a grin as delight, not an ask for a person', () => {
    const r = read("I'd like your manager to know how patient Leo was with my mother.")
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('human-request')
    expect(read('Grinning from ear to ear, the new glasses arrived a week early.').sentiment.label).toBe('positive')
  })
})

describe('the standard not met, asked politely', () => {
  it.each(['It would be appreciated if the engineer arrived with the right parts this time.', 'The statement you posted belongs to another customer.'])('is no delight: %s', (text) => {
    expect(kinds(text)).toContain('issue-report')
    expect(read(text).sentiment.label).not.toBe('positive')
  })
})

describe('plans, greetings and asides that are none of these', () => {
  it('reads a change of train as no churn', () => {
    expect(kinds("I'm switching to the later train, will my seat reservation move with me?")).not.toContain('churn-threat')
  })

  it('reads "I just wanted to say" as no confusion', () => {
    expect(kinds('I just wanted to say the new app is lovely.')).not.toContain('hedge')
  })

  it('reads "Knock knock" and "Updating." as neutral', () => {
    expect(read('Knock knock, anyone on the chat today?').sentiment.label).toBe('neutral')
    expect(read('Updating.').sentiment.label).toBe('neutral')
    expect(read('The app keeps updating.').cues.map((c) => c.kind)).not.toContain('acknowledgement')
  })
})

describe('threats beyond leaving, and needs that run down', () => {
  it.each(['If this is not sorted by Friday my solicitor will be in touch.', 'I will be leaving a review everywhere I can about this.'])('hears a threat: %s', (text) => {
    expect(kinds(text)).toContain('churn-threat')
    expect(read(text).sentiment.label).toBe('negative')
  })

  it('hears someone above copied in, and medicine running down', () => {
    expect(kinds("I've copied our operations director on this email.")).toContain('human-request')
    expect(kinds('My repeat prescription is stuck and I am down to two tablets.')).toContain('time-pressure')
  })
})

describe('the other languages: leaving by its steps, and thanks by what it meant', () => {
  it.each([
    'Já instalei a app da concorrência e fecho com outra operadora no fim do mês.',
    '¿Cómo se tramita la baja? El router se vuelve a reiniciar solo, como las otras veces.',
    'Come si disattiva il rinnovo automatico? Il problema si ripresenta ogni settimana.',
  ])('hears a churn threat: %s', (text) => {
    expect(kinds(text)).toContain('churn-threat')
  })

  it.each(['Die Technikerin war pünktlich und freundlich. Ihr seid Gold wert!', 'A equipa de manutenção foi incansável. Que alívio!'])('reads thanks: %s', (text) => {
    expect(read(text).sentiment.label).toBe('positive')
  })
})

describe('rounds 129 to 131: fed up past words, the chase counted, sarcasm by what was lost', () => {
  it.each([
    ["I'm sick to the back teeth of this modem dropping out.", 'explicit-emotion'],
    ['Same script, same excuse, same promise of a callback that never comes.', 'repeat-contact'],
    ["I've been patient, but this is the fourth week.", 'explicit-emotion'],
    ['New cable, same red light.', 'repeat-contact'],
    ['I know the way to your service desk pretty well by now.', 'repeat-contact'],
  ])('reads "%s" as negative with a %s cue', (text, kind) => {
    expect(read(text).sentiment.label).toBe('negative')
    expect(kinds(text)).toContain(kind)
  })

  it.each([
    'Bold move, making the app log everyone out at midnight. Truly visionary.',
    'Delighted to have spent my whole Sunday waiting for a plumber who never came.',
    'Lovely surprise this morning: my sofa is now arriving in seven weeks.',
  ])('hears the sneer: %s', (text) => {
    expect(read(text).sentiment.label).toBe('negative')
    expect(kinds(text)).toContain('sarcasm')
  })

  it('reads which-of-two as confusion, a recommendation as praise, and a person asked for by what a bot lacks', () => {
    expect(kinds('Which of the two meter numbers do I put in the form?')).toContain('hedge')
    expect(read("I've recommended you to my whole family.").sentiment.label).toBe('positive')
    expect(kinds('Is there anyone with a pulse I can talk to?')).toContain('human-request')
    expect(kinds('Thanks to Aisha on live chat, she was brilliant.')).not.toContain('human-request')
  })

  it('reads a bill that matches as no complaint, and changed plans as no churn', () => {
    expect(read('Bill matches. Nothing to flag.').sentiment.label).not.toBe('negative')
    expect(kinds('Our plans changed, so please cancel the airport transfer.')).not.toContain('churn-threat')
  })

  it('reads thanks before the step the customer is off to take as courtesy, and lights back on as relief', () => {
    expect(read("Thanks, I'll pop to the shop and grab another cable now.").sentiment.label).toBe('neutral')
    expect(kinds('The lights are back on, thank you!')).not.toContain('repeat-contact')
    expect(kinds('Back to normal now, thanks!')).not.toContain('repeat-contact')
  })

  it.each(['ya puedo usar la app otra vez, gracias', 'valeu, tô jogando de novo!', 'Le site est de nouveau accessible, merci !'])('reads working again as no repeat contact: %s', (text) => {
    expect(kinds(text)).not.toContain('repeat-contact')
    expect(read(text).sentiment.label).toBe('positive')
  })
})

describe('amazement the message resolves, and thanks for a fix', () => {
  it('reads an amazement word by the praise after it', () => {
    const r = read('Stunned, honestly. The plumber fixed the boiler in ten minutes and even cleaned up afterwards.')
    expect(r.sentiment.label).toBe('positive')
    // Still bad news where nothing praises: the amazement word keeps its weight.
    expect(read('Stunned, honestly. The boiler broke again an hour after the visit.').sentiment.label).toBe('negative')
  })

  it.each([
    'thanks guys, the bug that blocked my progress at level 12 is fixed, I can finally continue',
    'merci les gars, le bug est réglé, je peux enfin continuer',
    'gracias, ya me quitaron el bloqueo que me pusieron por error, todo perfecto',
  ])('keeps frustration low in thanks for a fault put right: %s', (text) => {
    const r = read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.frustration).toBeLessThanOrEqual(0.2)
  })

  it('keeps the frustration where the thanks turn with "but" or the fault is back', () => {
    expect(read('Thanks for the quick reply, but the bug that blocks my saves is still there.').emotions.frustration).toBeGreaterThan(0.3)
    expect(read('Thanks. The bug is back again for the third time.').emotions.frustration).toBeGreaterThan(0.3)
  })
})

describe('round 133: the step promised, the fault that stays, the chase', () => {
  it('reads "Ok I\'ll work through the steps" as a step, no feeling', () => {
    expect(read("Ok I'll work through the pairing steps.").sentiment.label).toBe('neutral')
  })

  it.each([
    'Restarted it. Thirty seconds later, back on the desktop again.',
    'Just a nudge about the refund for order 5521.',
    "The warning light hasn't gone out since the service.",
    'Wrong address again, same as the last two statements.',
  ])('hears a repeat: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
  })

  it('hears a SIM locked by its code as a fault, and the night ahead as a deadline', () => {
    expect(kinds('My SIM says PIN blocked and I cannot get into it.')).toContain('issue-report')
    expect(kinds("The heating is off and I'm worried about tonight.")).toContain('time-pressure')
  })
})

describe('round 135: lost between two readings', () => {
  it.each([
    "I've read the FAQ twice and I'm still not following how the credits work.",
    "The app shows 'renew' and 'reactivate'. Are those different things?",
    "The status says 'I'. Is that incomplete, or something else entirely?",
  ])('reads confusion: %s', (text) => {
    expect(kinds(text)).toContain('hedge')
    expect(read(text).emotions.confusion).toBeGreaterThanOrEqual(0.5)
  })
})

describe('the step failed, told by what it did not do (tried as a new user)', () => {
  it.each(['Held it for ten seconds, twice. Still stone cold. The reset did nothing.', "The update didn't make any difference."])('reads negative with a repeat cue: %s', (text) => {
    expect(read(text).sentiment.label).toBe('negative')
    expect(kinds(text)).toContain('repeat-contact')
  })

  it('reads "did nothing to my data" as no failure', () => {
    expect(kinds('The fix did nothing to my data, which is great.')).not.toContain('repeat-contact')
  })
})
