/**
 * @module
 * Test support for packages that store data: real databases of either dialect, never mocks.
 */
export { type FreshDatabase, freshDatabase, testDialects } from './testing/fresh-database.js'
export { findText } from './testing/find-text.js'
