export { createBoundedFetch, DEFAULT_MAX_RESPONSE_BYTES, type BoundedFetchOptions } from './create-bounded-fetch.js'
export { addressClass, isPublicAddress, type AddressClass } from './is-public-address.js'
export { ensureOk, isRetryableStatus, parseRetryAfter } from './response-error.js'
export { resolvePublicHost } from './public-lookup.js'
