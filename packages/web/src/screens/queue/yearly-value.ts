/**
 * A customer's value as the queue shows it. The value is whatever the helpdesk or CRM sends for the
 * customer, by the documented convention their annual revenue (docs/analysis.md, `customer.valueScale`),
 * in the workspace's own currency; Undertone keeps no currency, so the figure says "a year" and no sign.
 */
const amount = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/** "198,970 a year"; "—" when the customer has no value. */
export function yearlyValue(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${amount.format(v)} a year`
}
