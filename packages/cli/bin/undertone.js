#!/usr/bin/env node
// Runs the built CLI; `npm install` at the repository root builds it (the root `prepare` script).
import('../dist/bin.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('undertone: the CLI is not built yet. Run `npm run build` at the repository root.')
    process.exit(2)
  }
  throw err
})
