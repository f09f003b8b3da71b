export * from './vendor-adapter.js'
export * from './connector-errors.js'
export { safeEqual, hmac } from './safe-equal.js'
