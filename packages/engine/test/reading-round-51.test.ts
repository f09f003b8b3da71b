import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string): string[] => reader.read(t).cues.map((c) => c.kind)

// Sentences written for this test: what the fifty-first round (English) found unheard, each said
// otherwise than the round's customers said it.
describe('churn with the rival named by kind', () => {
  it('hears leaving for a kind of provider, a competitor, other brands, a cancelled policy', () => {
    for (const t of [
      'Unless the refund lands by Monday we are taking the shop to another card processor.',
      'If this is not sorted by June we will migrate to a competitor.',
      'One more dead unit and I am switching brands.',
      'I am cancelling my policy when it renews unless the claim is paid.',
    ]) expect(kinds(t), t).toContain('churn-threat')
    for (const t of ['Please move the file to another folder.', 'Can I switch the policy holder to my wife?', 'We are moving the desk to another room.']) expect(kinds(t), t).not.toContain('churn-threat')
  })
})

describe('grudging acceptance said as fact or as coping', () => {
  it('hears no other option, coping after a complaint, less than was bought taken', () => {
    for (const t of [
      'The delay is annoying but there is no alternative, so go ahead.',
      'Printing at the library all week is a nuisance, but we will cope.',
      'It is not what we ordered, but we would rather have something than wait.',
      'I dislike the new fee, but we will stay with the basic plan for now.',
    ]) expect(kinds(t), t).toContain('grudging-acceptance')
    for (const t of ['Is there another option for delivery?', 'I will manage the account from now on.', 'We stay with you because the service is great.']) expect(kinds(t), t).not.toContain('grudging-acceptance')
  })
})

describe('told before, counted or held up', () => {
  it('hears contacts counted in occasions and the last time held up beside a fault', () => {
    for (const t of ['I have asked for a gluten-free box on four different occasions and it still comes with bread.', 'The gate is broken again, please do not just mark it done like last time.']) {
      expect(kinds(t), t).toContain('repeat-contact')
    }
    expect(kinds('Please pack it like last time, the driver was lovely.')).not.toContain('repeat-contact')
  })
})

describe('faults told as what happened to the thing', () => {
  it('hears things coming undone, work left damaged, slowness in minutes, money bounced', () => {
    for (const t of [
      'The shelf fell apart after a week.',
      'The decorators left a hole in the plaster.',
      'The page takes several minutes to load.',
      'Our rent payment bounced this morning.',
      'The dryer stopped heating yesterday.',
    ]) expect(kinds(t), t).toContain('issue-report')
    for (const t of ['It took five minutes to set up, lovely.', 'I left a note for the driver.']) expect(kinds(t), t).not.toContain('issue-report')
  })
})

describe('praise opening a message of bad news', () => {
  it('reads sentences of bare praise before bad news as sarcasm', () => {
    for (const t of ['Brilliant. Just brilliant. The van reversed into our gate and drove away.', 'Marvellous. Our flight was cancelled and nobody told us until we reached the airport.']) {
      expect(reader.read(t).sarcastic, t).toBe(true)
    }
    for (const t of ['Perfect. The replacement arrived this morning and works well.', 'Great! Can you tell me when the engineer is coming?', 'Amazing! We lost the final on penalties.', 'Nice. We might stay home on Friday because of the storm.']) expect(reader.read(t).sarcastic, t).toBe(false)
  })

  it('reads praise of an occasion before a colon and bad news as sarcasm', () => {
    expect(reader.read('Lovely end to the month: the card reader died and we lost a day of sales.').sarcastic).toBe(true)
    expect(reader.read('Lovely end to the month: the new card reader works and sales are up.').sarcastic).toBe(false)
  })
})
