const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : undefined

/** "es" → "Spanish"; a code Intl does not know reads as itself. */
export function languageName(code: string): string {
  try {
    return names?.of(code) ?? code
  } catch {
    return code
  }
}

/** True for a language worth pointing out: not English, and not "und" (no words to tell by). */
export function isForeign(code: string): boolean {
  return code !== 'en' && code !== 'und'
}

/** The language a message was read in, named, with its code for those who filter by it. */
export function LanguageBadge({ code }: { readonly code: string }) {
  const name = languageName(code)
  return (
    <span className="chip chip-language" data-language={code} title={`Written in ${name}: read with ${name} cues and calibration where Undertone supports it`}>
      <span className="visually-hidden">Language: </span>
      {name} <span className="muted">({code})</span>
    </span>
  )
}
