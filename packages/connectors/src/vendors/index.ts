import type { VendorAdapter } from '../vendor-adapter.js'
import { chatwootAdapter } from './chatwoot/index.js'
import { freshdeskAdapter } from './freshdesk/index.js'
import { genericAdapter } from './generic/index.js'
import { intercomAdapter } from './intercom/index.js'
import { zammadAdapter } from './zammad/index.js'
import { zendeskAdapter } from './zendesk/index.js'

export * from './chatwoot/index.js'
export * from './freshdesk/index.js'
export * from './generic/index.js'
export * from './intercom/index.js'
export * from './zammad/index.js'
export * from './zendesk/index.js'
export { plainText } from './plain-text.js'

/** Every helpdesk adapter by kind: what the server registers. */
export const VENDOR_ADAPTERS: ReadonlyMap<string, VendorAdapter> = new Map([zendeskAdapter, freshdeskAdapter, intercomAdapter, chatwootAdapter, zammadAdapter, genericAdapter].map((a) => [a.spec.kind, a]))
