export { freshdeskAdapter } from './freshdesk-adapter.js'
export { FRESHDESK_WEBHOOK_BODY } from './freshdesk-event.js'
export { FRESHDESK_SECRET_HEADER } from './freshdesk-signature.js'
