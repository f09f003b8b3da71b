// Where read-and-store.ts still imports this from; it moves into app/ and imports it there.
export * from '../app/learning/workspace-adaptations.js'
