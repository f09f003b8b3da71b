/** The Chatwoot adapter and what a server or a test needs beside it. */
export { chatwootAdapter } from './chatwoot-adapter.js'
export { chatwootSpec } from './chatwoot-spec.js'
export { CHATWOOT_TOKEN_HEADER, CHATWOOT_TOLERANCE_MS } from './verify-chatwoot-signature.js'
