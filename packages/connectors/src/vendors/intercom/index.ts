export { intercomAdapter } from './intercom-adapter.js'
export { INTERCOM_API_VERSION } from './intercom-api.js'
export { INTERCOM_SIGNATURE_HEADER, intercomSignature } from './intercom-signature.js'
export { INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE } from './intercom-spec.js'
