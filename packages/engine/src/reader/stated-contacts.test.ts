import { describe, expect, it } from 'vitest'
import { createReader } from '../node/index.js'

const reader = createReader()

/** The counts on the repeat-contact cues of a reading (undefined for one that counts nothing). */
function counts(text: string): (number | undefined)[] {
  return reader
    .read(text)
    .cues.filter((c) => c.kind === 'repeat-contact')
    .map((c) => c.count)
}

describe('stated contact counts', () => {
  it('reads the count a customer gives of their contacts, in words, digits and ordinals', () => {
    expect(counts('This is my fourth time contacting you about the same invoice.')).toEqual([4])
    expect(counts("This is the third email I've sent about my order.")).toEqual([3])
    expect(counts("I've now reported this leak three times.")).toEqual([3])
    expect(counts('I have rung you 5 times this week about the lift.')).toEqual([5])
    expect(counts('This is my 2nd complaint about the parcel locker.')).toEqual([2])
    expect(counts('Third time asking: when will my deposit come back?')).toEqual([3])
  })

  it('counts nothing where the number counts faults, days or weeks rather than contacts', () => {
    expect(counts('This is the third time the app has crashed today.')).toEqual([undefined])
    expect(counts('Third week running the veg box came without potatoes.').every((c) => c === undefined)).toBe(true)
    expect(counts('The printer jammed again this morning.').every((c) => c === undefined)).toBe(true)
  })

  it('takes a hyperbole as a few contacts and caps a long tally', () => {
    expect(counts('For the umpteenth time, I am asking you to close my account.')).toEqual([3])
    expect(counts("I've called you 40 times about this meter.")).toEqual([10])
  })

  it('reads the count in the other languages that find repeat contacts', () => {
    expect(counts('Es la tercera vez que les escribo por la misma factura.')).toContain(3)
    expect(counts("C'est la quatrième fois que je vous contacte pour ce colis.")).toContain(4)
    expect(counts('Ich schreibe Ihnen jetzt zum dritten Mal wegen der Rechnung.')).toContain(3)
    expect(counts('È la terza volta che vi scrivo per lo stesso problema.')).toContain(3)
    expect(counts('É a quarta vez que entro em contato sobre a entrega.')).toContain(4)
  })
})
