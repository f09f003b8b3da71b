import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test: what the fortieth round of reading kinds (2026-12-06) found missing,
// each said otherwise than the round's customers said it.
describe('a clock time on the day or the next, beside a problem', () => {
  it('is a deadline', () => {
    for (const t of ['The christening is at 11am tomorrow and the cake still has not been delivered.', 'My ferry leaves tomorrow at 7am and the booking page keeps crashing.', 'The parking session ends in 10 min and the app will not let me extend it.']) {
      expect(kinds(t), t).toContain('time-pressure')
      expect(reader.read(t).emotions.urgency, t).toBeGreaterThanOrEqual(0.7)
    }
  })

  it('is a plan without a problem, and the past after a verb that tells it', () => {
    expect(kinds('Could we speak tomorrow at 10am?')).not.toContain('time-pressure')
    expect(reader.read('Could we speak tomorrow at 10am?').emotions.urgency).toBeLessThanOrEqual(0.35)
    expect(kinds('I rang at 9am today and nobody picked up.')).not.toContain('time-pressure')
  })
})

describe('polite mail with its deadline pressed twice', () => {
  it('is urgent at the length of mail', () => {
    const t = 'Good morning. Our bookkeeper has asked for the annual statement before she submits our return, and her cut-off is 4pm on Thursday. I would be very grateful if you could upload it to the portal before then. Thank you for your help.'
    expect(reader.read(t).emotions.urgency).toBeGreaterThanOrEqual(0.6)
    expect(reader.read(t).sentiment.label).not.toBe('positive')
  })
})

describe('churn, a shrug and a person asked for', () => {
  it('hears a child or pet taken out of a school or club as churn', () => {
    for (const t of ["If the coach doesn't turn up again, we're pulling him from the swimming club.", 'We will be withdrawing them from your nursery at the end of the month.']) expect(kinds(t), t).toContain('churn-threat')
    for (const t of ['Please remove him from the class list, he moved to group B.', "I'm taking my son to the clinic from school tomorrow."]) expect(kinds(t), t).not.toContain('churn-threat')
  })

  it('hears "whatever" as a shrug only where it shrugs', () => {
    for (const t of ['Whatever. Send the voucher.', 'ok whatever', 'Whatever gets the heating back on.']) expect(kinds(t), t).toContain('grudging-acceptance')
    const praise = 'Whatever Mr. Lindqvist is doing with the choir, please tell him we are so grateful.'
    expect(kinds(praise)).not.toContain('grudging-acceptance')
    expect(reader.read(praise).sentiment.label).toBe('positive')
  })

  it('hears a person asked for in one word with "please"', () => {
    expect(kinds('manager please')).toContain('human-request')
    expect(kinds('please')).not.toContain('human-request')
  })

  it('hears a no-show and a wait in minutes as faults', () => {
    for (const t of ['Pilates 7pm. Trainer no-show. Waited 25 min.', 'The plumber was a no-show again.', 'Waited 40 minutes at the desk.']) {
      expect(kinds(t), t).toContain('issue-report')
      expect(reader.read(t).emotions.frustration, t).toBeGreaterThanOrEqual(0.4)
    }
  })
})

describe('sarcasm in more frames', () => {
  it('reads advice summed up, praise of being wronged and an award for harm as sarcasm', () => {
    for (const t of ['So your solution is to just buy a new charger. Genius.', 'Charming to be billed twice for a class that never ran. Thanks so much.', 'After losing my claim twice, someone should give your team an award for creativity.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(r.emotions.sarcasm, t).toBeGreaterThanOrEqual(0.5)
    }
  })

  it('does not hear a deadline under sincere thanks as sarcasm', () => {
    const r = reader.read('Many thanks to Ms. Duarte for the extra session before the recital, very kind of her.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
    expect(r.sarcastic).toBe(false)
  })

  it('leaves timely advice sincere', () => {
    expect(reader.read('Thank you for the thoughtful advice. I was about to buy the cable anyway, so your advice is timely.').sarcastic).toBe(false)
  })
})

describe('a fragment of praise after something bad', () => {
  it('is sarcasm when the sentence before reads bad', () => {
    for (const t of ['Great update. Now the app will not show my orders at all. Really innovative.', 'The parcel came back to me marked undeliverable for the third time. Top-notch delivery.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(r.emotions.sarcasm, t).toBeGreaterThanOrEqual(0.5)
    }
  })

  it('is praise after a fix, after thanks, and after amazement', () => {
    for (const t of ['My kettle broke on Monday and you replaced it by Tuesday. Really impressive.', 'I was billed twice. Refunded now, thank you. Great service.', "I'm honestly stunned how easy it was to move my number over. Great job!"]) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('positive')
      expect(r.sarcastic, t).toBe(false)
    }
  })
})

describe('a fix reported at the start of a sentence', () => {
  it('is no demand to fix it now', () => {
    for (const t of ['Sorted now, thanks!', 'The login failed all morning. Working now, thank you.']) expect(kinds(t), t).not.toContain('time-pressure')
    expect(kinds('I need this sorted now.')).toContain('time-pressure')
  })
})

describe('a problem said to be put right', () => {
  it('makes the praise after it meant, not sarcasm', () => {
    for (const t of ['I was charged twice for the gym. Refunded now, thank you. Great service.', 'The app kept crashing all week. Fixed now, thanks, great work.', 'My parcel went missing on Tuesday. Replaced the next day, brilliant support.', 'My kettle broke on Monday and you replaced it by Wednesday. Really impressive.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('positive')
      expect(r.sarcastic, t).toBe(false)
      expect(r.emotions.sarcasm, t).toBeLessThanOrEqual(0.15)
    }
  })

  it('is no fix when it is still wanted, or when the fault comes back after it', () => {
    for (const t of ['Reinstalled twice and it still crashes. Perfect.', 'Fixed on Friday, and now it crashes again. Lovely.', 'Still not working. Great.']) expect(reader.read(t).sentiment.label, t).not.toBe('positive')
    expect(reader.read('Reinstalled twice and it still crashes. Perfect.').sarcastic).toBe(true)
  })
})

describe('frustration in the languages read by the multilingual model', () => {
  it('follows a complaint no table names', () => {
    // Before: frustration 0.17 at P(negative) 0.54, where English complaints read about 0.5.
    // No table names it; the learned complaint (2026-12-07) hears it too, so the model's own reading
    // is checked without the learned cues.
    const tablesOnly = createReader({ learnedCuesOtherLanguages: null })
    const r = tablesOnly.read('Ich habe eine Jacke in M bestellt und eine in XL bekommen.')
    expect(r.sentiment.label).toBe('negative')
    expect(r.cues.filter((c) => c.weight !== 0)).toEqual([])
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.3)
    expect(reader.read('Ich habe eine Jacke in M bestellt und eine in XL bekommen.').emotions.frustration).toBeGreaterThanOrEqual(r.emotions.frustration)
    for (const t of ['La livraison est arrivée avec trois jours de retard et personne ne nous a prévenus.', 'Die Lieferung kam beschädigt an und niemand antwortet auf meine Mails.']) expect(reader.read(t).emotions.frustration, t).toBeGreaterThanOrEqual(0.5)
  })

  it('leaves thanks calm, a past worry in them included', () => {
    for (const t of ['Obrigada por recuperarem a minha conta, pensei que tinha perdido todas as fotos.', 'Vielen Dank für die schnelle Erstattung, das hat uns den Urlaub gerettet.']) expect(reader.read(t).emotions.frustration, t).toBeLessThanOrEqual(0.2)
  })
})

describe('a deadline on the day itself', () => {
  it('presses as two deadlines do, asked politely or not', () => {
    for (const t of ['Could you please send the signed contract by 3pm today? The notary is waiting.', 'please confirm my table before 7 tonight, we are a party of eight']) {
      const r = reader.read(t)
      expect(r.emotions.urgency, t).toBeGreaterThanOrEqual(0.6)
      expect(r.sentiment.label, t).not.toBe('positive')
    }
    expect(reader.read('Could you send the signed contract by Friday for our records?').emotions.urgency).toBeLessThan(0.5)
  })
})

describe('sarcasm said beside its fault', () => {
  it('hears hours on hold enjoyed, a frozen card praised and a fragment after an interjection', () => {
    for (const t of ['really loving my 3rd hour on hold, great playlist', 'So thrilled my bank decided to block my card on the day rent is due. Perfect timing.', 'restart the router. wow. revolutionary']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).not.toBe('positive')
      expect(r.emotions.sarcasm, t).toBeGreaterThanOrEqual(0.5)
    }
  })
})

describe('openers, a bare "seriously" and churn by competitor', () => {
  it('reads an opener before the ask as a formality', () => {
    expect(reader.read('Hi there, quick question:').sentiment.label).toBe('neutral')
  })

  it('asks for review on a bare "seriously??" and not beside a named fault', () => {
    expect(reader.read('seriously??').needsReview).toBe(true)
    expect(reader.read('Seriously, the app crashed again.').sentiment.label).toBe('negative')
  })

  it('hears going with a competitor and deleting the app as churn', () => {
    expect(kinds('fix the refund by friday or im deleting the app and going with a rival')).toContain('churn-threat')
    expect(kinds('I deleted the app by mistake, how do I get my data back?')).not.toContain('churn-threat')
  })

  it('hears "Although" opening a sentence with no comma as "But"', () => {
    const r = reader.read('Thank you for moving my appointment. Although now the confirmation shows the wrong clinic.')
    expect(r.sentiment.label).toBe('negative')
  })
})

describe('a worry told as past, and thanks after the fix', () => {
  it('reads the story of a rescue as thanks', () => {
    for (const t of ['My son was nervous about his first flight and the cabin crew were so kind to him.', 'I was worried my passport had been lost, but it arrived this morning. Thank you!']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('positive')
      expect(r.sarcastic, t).toBe(false)
    }
  })

  it('keeps a present worry and thanks beside an open problem', () => {
    expect(reader.read("I'm worried my passport is lost.").sentiment.label).toBe('negative')
    expect(kinds('My parcel is lost. Thank you.')).not.toContain('gratitude')
  })
})

describe('round 43 families', () => {
  it('hears damage told in a word, and a technical fault told as a technician tells it', () => {
    for (const t of ['Thanks for the fast shipping, but three of the six jars were cracked and one was leaking.', 'The importer rejects CSV files over 10 MB. Smaller ones go through fine.', 'The desktop client stops syncing after the laptop wakes from sleep; restarting it fixes it until the next sleep.']) expect(kinds(t), t).toContain('issue-report')
    expect(reader.read('Thanks for the fast shipping, but three of the six jars were cracked and one was leaking.').sentiment.label).toBe('negative')
  })

  it('hears leaving for another app and not booking again as churn', () => {
    for (const t of ['Sort the login by Friday or I am moving to another fitness app.', "Refund the fee by the 30th or I won't be booking with you again.", 'If the bike is not repaired by the end of the month I want out of the rental contract.']) expect(kinds(t), t).toContain('churn-threat')
    expect(kinds('Can I move my booking to another date?')).not.toContain('churn-threat')
  })

  it('hears an hour alone as today, and a person asked for by who is in charge', () => {
    expect(reader.read('Could you tell me by 3pm whether the cake can be delivered today? It is for a christening on Sunday.').emotions.urgency).toBeGreaterThanOrEqual(0.6)
    expect(kinds('Please put me through to whoever is in charge of billing.')).toContain('human-request')
  })

  it('reads a restored thing told with its old damage as thanks', () => {
    const r = reader.read('The original letter was torn and stained, and you have brought every word back. Thank you.')
    expect(r.sentiment.label).toBe('positive')
  })
})

describe('round 45 families', () => {
  it('hears a service word in scare quotes beside a fault as sarcasm', () => {
    const r = reader.read("The garage 'repaired' my brakes and they failed again on the motorway.")
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
    expect(reader.read("The parcel was marked 'fragile' and arrived in one piece, thanks!").sarcastic).toBe(false)
  })

  it('hears a person asked for to be put through to, and a supervisor asked to call', () => {
    for (const t of ['Could I be put through to someone in accounts?', 'Please arrange for a manager to call me about the deposit.']) expect(kinds(t), t).toContain('human-request')
  })

  it('hears a break clause used and a prescription moved as churn, and no difficulties as no problem', () => {
    for (const t of ["If the damp isn't treated within a week I'll be using the break clause.", 'I shall transfer my prescriptions to another pharmacy if this happens again.']) expect(kinds(t), t).toContain('churn-threat')
    expect(reader.read('I have had no difficulties with the online booking. I am only writing to update my address.').sentiment.label).not.toBe('negative')
  })
})
