/**
 * The workspace key lives in sessionStorage: it survives reloads of this tab, ends with the tab,
 * and is never put into a URL (URLs end up in history, logs and Referer headers).
 */
const KEY = 'undertone.apiKey'

export function loadKey(): string | null {
  return sessionStorage.getItem(KEY)
}

export function saveKey(key: string): void {
  sessionStorage.setItem(KEY, key)
}

export function clearKey(): void {
  sessionStorage.removeItem(KEY)
}
