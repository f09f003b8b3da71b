export { zendeskAdapter } from './zendesk-adapter.js'
export { ZENDESK_TRIGGER_BODY } from './zendesk-trigger-body.js'
export { zendeskSignature, ZENDESK_SIGNATURE_HEADER, ZENDESK_TIMESTAMP_HEADER, ZENDESK_TIMESTAMP_TOLERANCE_MS } from './zendesk-signature.js'
