import { describe, expect, it } from 'vitest'
import { createReader, type Reading } from '../src/node/index.js'

// Sentences written for this test. Each is one the phrase rules do not read as its kind, and the
// learned cues (trained on the project's written rounds) do.
const reader = createReader()
const rulesOnly = createReader({ learnedCues: null, learnedCuesOtherLanguages: null })

const kinds = (r: Reading): string[] => r.cues.map((c) => c.kind)

describe('learned cues', () => {
  it.each([
    ['grudging-acceptance', 'Very well, I will take the smaller room, although it is not what I booked.'],
    ['human-request', 'Is there anybody with actual authority I could talk to about this refund?'],
    ['sarcasm', 'Great job, the movers dropped my piano down the stairs. Really top-notch handling.'],
  ])('adds a %s cue the rules miss, pointing into the text', (kind, text) => {
    expect(kinds(rulesOnly.read(text))).not.toContain(kind)
    const r = reader.read(text)
    const cue = r.cues.find((c) => c.kind === kind)
    expect(cue).toBeDefined()
    expect(cue?.explicit).toBe(false)
    expect(text.slice(cue?.start, cue?.end)).toBe(cue?.text)
  })

  it('spans the sentence that sounds like its kind', () => {
    const text = 'Great job, the movers dropped my piano down the stairs. Really top-notch handling.'
    const cue = reader.read(text).cues.find((c) => c.kind === 'sarcasm')
    expect(cue?.text).toBe('Great job, the movers dropped my piano down the stairs.')
  })

  it('takes back the praise a learned sarcasm cue says is not meant', () => {
    const text = 'Great job, the movers dropped my piano down the stairs. Really top-notch handling.'
    expect(rulesOnly.read(text).sentiment.label).toBe('positive')
    const r = reader.read(text)
    expect(kinds(r)).not.toContain('praise')
    expect(r.sentiment.label).toBe('negative')
    expect(r.sarcastic).toBe(true)
  })

  it.each([
    'Fantastic, the new kettle takes twenty minutes to boil. Truly cutting edge.',
    'Top marks to the garage for returning my car with a new dent in the door.',
    "Top marks to the removal men for delivering our sofa to next door's house.",
  ])('lets the learned sarcasm stand over praise a rule found, where the fault is a plain event: %s', (text) => {
    // The rest reads flat, not bad, so the tone alone would not let it stand; the learned praise
    // hears no delight in it.
    expect(rulesOnly.read(text).sarcastic).toBe(false)
    const r = reader.read(text)
    expect(kinds(r)).toContain('sarcasm')
    expect(r.sentiment.label).toBe('negative')
    expect(r.sarcastic).toBe(true)
  })

  it('adds nothing where a rule already found the kind', () => {
    const text = "Love that my 'express' repair has now taken five weeks. Truly express."
    expect(kinds(rulesOnly.read(text))).toContain('sarcasm')
    const sarcasm = (r: Reading) => r.cues.filter((c) => c.kind === 'sarcasm')
    expect(sarcasm(reader.read(text))).toEqual(sarcasm(rulesOnly.read(text)))
  })

  it('hears a fault no rule names, which makes a deadline beside it press', () => {
    // ("won't let my son log in" names the fault in a word the deadline reading knows, so the rules
    // alone make that deadline press since 2026-12-07: upcoming-deadline.test.ts.)
    const text = 'The online exam portal logs my son out every few seconds and his test closes at midnight tonight.'
    expect(kinds(rulesOnly.read(text))).not.toContain('issue-report')
    const r = reader.read(text)
    expect(kinds(r)).toContain('issue-report')
    expect(rulesOnly.read(text).emotions.urgency).toBeLessThan(0.5)
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.7)
    // Praise of a thing that arrived and works names no fault, and stays sincere.
    const sincere = 'Perfect. The replacement arrived this morning and works well.'
    expect(kinds(reader.read(sincere))).not.toContain('issue-report')
    expect(reader.read(sincere).sarcastic).toBe(false)
    // A slot moved after "Lovely, but" may be heard as a complaint (since round 72's concessions were
    // learned), but never as sarcasm: the fault report's weight stays above a negative cue's.
    expect(reader.read('Lovely, but the delivery slot has moved to Friday.').sarcastic).toBe(false)
  })

  it.each([
    'Hi, what are your opening hours on Sunday?',
    'Thanks so much, the new blender works perfectly.',
    'Good morning, quick question about my account.',
    'We are leaving for Lisbon on Friday, can I pause deliveries for two weeks?',
    'No rush at all, but could you tell me when the sale ends?',
  ])('leaves ordinary messages as the rules read them: %s', (text) => {
    expect(reader.read(text)).toEqual(rulesOnly.read(text))
  })

  it('hears a complaint in the other languages, beside the fault a table names', () => {
    const text = 'O carregador veio com a ficha errada e o telemóvel ficou sem bateria a viagem toda.'
    expect(kinds(rulesOnly.read(text))).not.toContain('issue-report')
    const r = reader.read(text)
    const cue = r.cues.find((c) => c.kind === 'issue-report')
    expect(cue?.text).toBe(text)
    expect(r.emotions.frustration).toBeGreaterThan(rulesOnly.read(text).emotions.frustration + 0.2)
    // Beside a table's fault report ("manque la moitié") it adds the whole message's complaint.
    const colis = 'Le colis est arrivé ouvert et il manque la moitié des verres.'
    expect(kinds(rulesOnly.read(colis))).toContain('issue-report')
    expect(reader.read(colis).cues.filter((c) => c.kind === 'issue-report').length).toBe(kinds(rulesOnly.read(colis)).filter((k) => k === 'issue-report').length + 1)
    for (const calm of ["Bonjour, pourriez-vous m'indiquer les horaires d'ouverture du magasin samedi ?", 'Hola, ¿me pueden decir cuánto cuesta el envío a Canarias?']) expect(reader.read(calm), calm).toEqual(rulesOnly.read(calm))
  })

  it('reads only the churn threat and the complaint into messages in the other languages', () => {
    const grudging = 'Muy bien, acepto la habitación pequeña, aunque no es lo que reservé.'
    expect(reader.read(grudging)).toEqual(rulesOnly.read(grudging))
    const churn = "C'est la troisième fois que je signale la panne du frigo. Sans réparation cette semaine, je vais voir la concurrence."
    expect(kinds(rulesOnly.read(churn))).not.toContain('churn-threat')
    const r = reader.read(churn)
    expect(r.language).toBe('fr')
    expect(r.cues.find((c) => c.kind === 'churn-threat')?.text).toBe('Sans réparation cette semaine, je vais voir la concurrence.')
    expect(r.emotions.urgency).toBeGreaterThan(rulesOnly.read(churn).emotions.urgency)
  })

  it('leaves a deadline without stakes calm, as the rules read it', () => {
    // The learned deadline cue is added only where no rule found one, and says nothing of stakes.
    for (const text of ['Could you send the signed lease by Thursday for our records?', "No rush at all, could you send me the signed lease whenever it's ready?"]) {
      expect(reader.read(text).emotions.urgency).toBeLessThan(0.5)
    }
  })

  it('ignores messages of fewer than three words', () => {
    for (const text of ['ok fine', 'Supervisor!', 'again?']) expect(reader.read(text)).toEqual(rulesOnly.read(text))
  })
})

describe('learned praise', () => {
  // Written for this test: a job done well told as a story with no word of praise a rule knows, which
  // the tweet model hears as trouble ("slipped", "storm"); and sarcasm over a fault, where the learned
  // praise must not add a sincere surface.
  const reader = createReader()
  it('hears delight told as a story of a job done well', () => {
    const text = 'The roofer fixed the slipped tiles in one morning and cleared the gutters too. Dry loft all through the storm.'
    const r = reader.read(text)
    expect(r.cues.map((c) => c.kind)).toContain('praise')
    expect(r.sentiment.label).toBe('positive')
  })
  it('adds no praise beside sarcasm', () => {
    const r = reader.read('Wonderful, the roofer fixed one tile and cracked three others. Real craftsmanship.')
    expect(r.cues.filter((c) => c.kind === 'praise' && !c.explicit)).toEqual([])
  })
})
