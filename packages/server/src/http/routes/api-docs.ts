import type { ApiApp } from '../env.js'

/** The API's casing, stated where clients read it (the README says the same). */
const DESCRIPTION = [
  'Customer-support sentiment intelligence. Errors are application/problem+json (RFC 9457) with a stable `code`.',
  '',
  '**Casing.** Every field name is snake_case: request bodies and query parameters, every JSON answer at every depth',
  '(readings, timeline messages, `analysis` bodies, analytics rows, settings, model versions, alerts) and the data of',
  'every /v1/stream event. Keys that are data rather than field names keep their spelling: emotion names under `emotions`,',
  'labels under `probabilities` and `train_labels`, GoEmotions labels, language codes under `languages`. Values are never changed',
  '(cue kinds, reasons and outcomes stay kebab-case, e.g. `repeat-contact`).',
].join('\n')

/** `/openapi.json`, generated from the routes' own declarations, and `/docs`, a page listing it. */
export function registerApiDocs(app: ApiApp): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Undertone API', version: '1.0.0', description: DESCRIPTION } })
  app.get('/docs', (c) =>
    c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Undertone API</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}code{background:#eef1f5;padding:0 .3em}li{margin:.3em 0}</style></head><body><h1>Undertone API</h1><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Authenticate with <code>Authorization: Bearer &lt;workspace key&gt;</code>.</p><ul id="paths"></ul><script src="/docs.js"></script></body></html>`),
  )
  // A file of its own so the page runs under a CSP without inline scripts; text nodes, never HTML.
  app.get('/docs.js', (c) =>
    c.body(
      `fetch('/openapi.json').then(r=>r.json()).then(d=>{const ul=document.getElementById('paths');for(const [p,ops] of Object.entries(d.paths))for(const [m,op] of Object.entries(ops)){const li=document.createElement('li');const code=document.createElement('code');code.textContent=m.toUpperCase()+' '+p;li.append(code,' — '+(op.summary||''));ul.appendChild(li)}})`,
      200,
      { 'content-type': 'text/javascript; charset=utf-8' },
    ),
  )
}
