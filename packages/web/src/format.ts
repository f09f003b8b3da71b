/** Display formats shared by the screens. */

export function minutes(m: number): string {
  if (m < 60) return `${Math.round(m)} min`
  if (m < 48 * 60) return `${(m / 60).toFixed(m < 600 ? 1 : 0)} h`
  return `${Math.round(m / 1440)} d`
}

export function percent(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`
}

export function score(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`
}

const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

export function value(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : money.format(v)
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function when(t: number): string {
  return dateTime.format(t)
}

export function day(t: number): string {
  return dateOnly.format(t)
}

/** "repeat-contact" → "repeat contact". */
export function words(code: string): string {
  return code.replace(/[-_]/g, ' ')
}
