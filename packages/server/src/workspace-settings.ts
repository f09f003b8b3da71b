// Where read-and-store.ts still imports the settings from; it moves into app/ and imports them there.
export * from './app/workspace-settings.js'
