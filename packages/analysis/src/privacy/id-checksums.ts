// The check digits that tell a real identifier from a number that only looks like one: payment
// cards (Luhn), IBANs (ISO 7064 mod 97), Spanish DNI/NIE letters, Dutch BSNs (11-check), Italian
// codici fiscali (check letter), and the ranges US Social Security numbers are never issued in.

/** Luhn's check over a string of digits (payment card numbers). */
export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return digits.length > 0 && sum % 10 === 0
}

/** IBAN lengths by country (the SWIFT registry); an IBAN of another country is not recognised. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20,
}

/** The length of an IBAN of `country` (two capital letters), or undefined for a country without IBANs. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country]
}

/** Whether `iban` (capitals and digits, no spaces) has its country's length and passes mod 97. */
export function ibanValid(iban: string): boolean {
  if (iban.length < 15 || ibanLength(iban.slice(0, 2)) !== iban.length) return false
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i)
    if (c >= 48 && c <= 57) rest = (rest * 10 + (c - 48)) % 97
    else if (c >= 65 && c <= 90) rest = (rest * 100 + (c - 55)) % 97
    else return false
  }
  return rest === 1
}

/**
 * Whether a US Social Security number (nine digits) lies in the issued ranges: area not 000, 666
 * or 900–999, group not 00, serial not 0000, and not one of the two numbers printed in ads.
 */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  const area = digits.slice(0, 3)
  if (area === '000' || area === '666' || area[0] === '9') return false
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false
  return digits !== '078051120' && digits !== '219099999'
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'

/** Whether a Spanish DNI (8 digits and a letter) or NIE (X, Y or Z, 7 digits, a letter) has its letter right. */
export function spanishIdValid(id: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id)
  if (m === null) return false
  const [, prefix, digits, letter] = m as unknown as [string, string, string, string]
  if ((prefix === '') !== (digits.length === 8)) return false
  const n = Number(`${prefix === '' ? '' : 'XYZ'.indexOf(prefix)}${digits}`)
  return DNI_LETTERS[n % 23] === letter
}

/** Whether nine digits pass the Dutch BSN 11-check (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). */
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48)
  sum -= digits.charCodeAt(8) - 48
  return sum % 11 === 0
}

// The codice fiscale's check letter: characters in odd places (1st, 3rd, …) count by this table.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

/** Whether an Italian codice fiscale (16 capitals and digits) ends in its check letter. */
export function codiceFiscaleValid(cf: string): boolean {
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(cf)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i)
    const v = c <= 57 ? c - 48 : c - 65
    sum += i % 2 === 0 ? (CF_ODD[v] as number) : v
  }
  return cf.charCodeAt(15) - 65 === sum % 26
}
