import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain script with no type declarations
import { DOC, architectureDiagram, withDiagram } from './architecture-diagram.mjs'

describe('docs/architecture.md', () => {
  it('shows the diagram the code draws (run npm run docs:architecture after changing dependencies or layers)', () => {
    const doc = readFileSync(DOC, 'utf8')
    expect(withDiagram(doc, architectureDiagram())).toBe(doc)
  })

  it('draws a package dependency and a layer import as they are in the code', () => {
    const diagram: string = architectureDiagram()
    expect(diagram).toContain('analysis --> engine')
    expect(diagram).not.toContain('engine --> ')
    expect(diagram).toContain('server_http --> server_app')
    expect(diagram).not.toContain('server_app --> server_http')
  })
})
