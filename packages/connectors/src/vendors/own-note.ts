/**
 * The marker that opens every internal note Undertone writes, so the note that comes back through a
 * vendor's webhook or export is recognised as ours and never read as anyone's words (loop prevention
 * that holds even when the bot user or admin id is not configured).
 */
import { plainText } from './plain-text.js'

/** The first line of every note we write. */
export const OWN_NOTE_MARKER = '[Undertone sentiment note]'

/** The note as we write it: the marker line, then the reading. */
export function markedNote(note: string): string {
  return `${OWN_NOTE_MARKER}\n${note}`
}

/** The note as HTML paragraphs (Intercom, Freshdesk), text escaped, opening with the marker. */
export function markedNoteHtml(note: string): string {
  return markedNote(note)
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('')
}

/** Whether a message body (HTML or text) is a note we wrote. */
export function isOwnNote(body: string): boolean {
  return plainText(body).startsWith(OWN_NOTE_MARKER)
}
