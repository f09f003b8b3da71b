/**
 * Makes a user-supplied string (a workspace name, a topic label, a product area) inert inside the
 * Markdown digest that chat systems render: no HTML (or Slack's `<!channel>`, `<url|text>`), no
 * links or images, no emphasis or table cells, no `@everyone`, and no line breaks that would start
 * a new block. The text still reads the same.
 */
export function escapeMarkdown(s: string): string {
  return (
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // A zero-width space after "@" keeps @everyone, @here and @channel from notifying anyone.
      .replace(/@(?=\w)/g, '@\u200b')
  )
}
