/** The Zammad adapter and what a server or a test needs beside it. */
export { zammadAdapter } from './zammad-adapter.js'
export { zammadSpec } from './zammad-spec.js'
