/** The generic (Standard Webhooks) adapter and what a server or a test needs beside it. */
export { genericAdapter } from './generic-adapter.js'
export { genericSpec } from './generic-spec.js'
export { GENERIC_TOLERANCE_MS } from './verify-generic-signature.js'
export { GENERIC_WRITE_BACK_TYPE } from './write-back-generic.js'
