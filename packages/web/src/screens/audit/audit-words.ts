// The audit trail in words: the families of actions the filter offers, and what each action and detail means.

/** The families `GET /v1/audit?action=` narrows to (an action's part before the dot), labelled for people. */
export const AUDIT_FAMILIES: readonly { readonly action: string; readonly label: string }[] = [
  { action: 'key', label: 'API keys' },
  { action: 'settings', label: 'Settings' },
  { action: 'retention', label: 'Retention' },
  { action: 'connector', label: 'Helpdesk connectors' },
  { action: 'destination', label: 'Alert destinations' },
  { action: 'alert_rule', label: 'Alert rules' },
  { action: 'correction', label: 'Corrections' },
  { action: 'customer', label: 'Customer exports and erasures' },
]

const ACTIONS: Readonly<Record<string, string>> = {
  'key.create': 'Created an API key',
  'key.revoke': 'Revoked an API key',
  'settings.change': 'Changed the settings',
  'retention.change': 'Changed the retention period',
  'retention.run': 'Emptied old message texts',
  'connector.create': 'Added a helpdesk connector',
  'connector.delete': 'Removed a helpdesk connector',
  'connector.rotate_secret': 'Replaced a connector’s webhook secret',
  'destination.create': 'Added an alert destination',
  'destination.delete': 'Removed an alert destination',
  'alert_rule.create': 'Added an alert rule',
  'alert_rule.delete': 'Removed an alert rule',
  'correction.create': 'Corrected a reading',
  'customer.export': 'Exported a customer’s data',
  'customer.erase': 'Erased a customer',
}

/** "key.create" → "Created an API key"; an action this list does not know reads as itself. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? action
}

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—'
  if (Array.isArray(v)) return v.map(valueText).join(', ')
  if (typeof v === 'object') {
    // Counts (an erasure's rows removed): only the ones that are not zero.
    const parts = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== 0)
    return parts.length === 0 ? 'none' : parts.map(([k, x]) => `${k.replace(/_/g, ' ')} ${valueText(x)}`).join(', ')
  }
  return String(v)
}

/** An entry's detail as "name: value" pairs; retention's null reads as forever. */
export function describeDetail(detail: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(detail).map(([k, v]) => {
    const text = (k === 'from' || k === 'to' || k === 'days') && v === null ? 'forever' : (k === 'from' || k === 'to') && typeof v === 'number' ? `${v} days` : valueText(v)
    return `${k.replace(/_/g, ' ')}: ${text}`
  })
  return parts.length === 0 ? '—' : parts.join('; ')
}
