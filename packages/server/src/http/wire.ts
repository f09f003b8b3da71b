/**
 * The API's one casing: every JSON answer (and every Server-Sent Event's data) is snake_case, while
 * the use cases, storage records and the analysis keep camelCase. Routes turn their answers with
 * `toWire` at the HTTP boundary; `Wire<T>` is the same conversion in the type system, so a route's
 * zod schema (written in snake_case) and its handler's answer are checked against each other.
 *
 * Keys of maps whose keys are data, not field names (emotion names, labels, language codes), are
 * kept as they are: see `DATA_KEYED_FIELDS`.
 */

/**
 * Fields whose value, when it is an object, is a map keyed by data: its own keys are kept (its
 * values are still converted). An array under one of these names is converted as usual.
 *   emotions       emotion name → score (readings, queue and review rows, trends, corrections, terms)
 *   probabilities  sentiment label → probability (score readings)
 *   goemotions     GoEmotions label → probability (score readings with that taxonomy)
 *   explanations   emotion name → the cues and terms behind it (score readings with `explain`)
 *   trainLabels    sentiment label → training examples (a model version's metrics)
 *   languages      language code → corrected examples (a model version's metrics)
 * A new route answering a `Record<string, …>` keyed by data (segment, product area, tag, topic
 * values…) under another name adds that name here, and to the test in test/wire.test.ts.
 */
export const DATA_KEYED_FIELDS = ['emotions', 'probabilities', 'goemotions', 'explanations', 'trainLabels', 'languages'] as const

/** A field whose object value is a map keyed by data. */
export type DataKeyedField = (typeof DATA_KEYED_FIELDS)[number]

const DATA_KEYED: ReadonlySet<string> = new Set(DATA_KEYED_FIELDS)

/** `churnRisk` → `churn_risk`, `macroF1` → `macro_f1`; a key with no capital stays as it is. */
export type CamelToSnake<S extends string, Done extends string = ''> = S extends `${infer C}${infer Rest}` ? CamelToSnake<Rest, `${Done}${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}`> : Done

/** The snake_case form of a key (the runtime twin of `CamelToSnake`). */
export function snakeKey(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** A key as the wire spells it: a field name in snake_case; `string` (an index signature) as it is. */
type WireKey<K> = K extends string ? (string extends K ? K : CamelToSnake<K>) : K

/** A map keyed by data: its keys kept, its values converted. */
type WireMap<T> = T extends readonly unknown[] ? Wire<T> : T extends object ? { -readonly [K in keyof T]: Wire<T[K]> } : T

/** `T` as it goes over the wire: every field name snake_case, deeply, except the keys of data-keyed maps (arrays and tuples keep their shape). */
export type Wire<T> = T extends readonly unknown[] ? { -readonly [K in keyof T]: Wire<T[K]> } : T extends object ? { -readonly [K in keyof T as WireKey<K>]: K extends DataKeyedField ? WireMap<T[K]> : Wire<T[K]> } : T

function convert(value: unknown, keepKeys: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, false))
  if (value === null || typeof value !== 'object') return value
  // fromEntries defines properties, so a data key such as "__proto__" stays a key.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [keepKeys ? k : snakeKey(k), convert(v, !keepKeys && DATA_KEYED.has(k))]))
}

/**
 * `value` with every field name in snake_case, deeply; the keys of data-keyed maps (`DATA_KEYED_FIELDS`)
 * stay as they are. Converting twice changes nothing, so an answer stored for an Idempotency-Key
 * replay comes back the same. Values that JSON would not carry (functions, Dates) are not expected.
 */
export function toWire<T>(value: T): Wire<T> {
  return convert(value, false) as Wire<T>
}

/** `recency_decay` → `recencyDecay`: a snake_case field name as the use cases spell it. */
export function camelKey(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/**
 * A request's nested object of settings (field names only, no data-keyed maps) with its keys in
 * camelCase, and the keys that were not snake_case (holding a capital letter), as dotted paths
 * under `path`, so the route can refuse them rather than take a second spelling.
 */
export function fromWireKeys(value: unknown, path: string): { value: unknown; notSnake: string[] } {
  const notSnake: string[] = []
  const walk = (v: unknown, at: string): unknown => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    return Object.fromEntries(
      Object.entries(v).map(([k, inner]) => {
        if (/[A-Z]/.test(k)) notSnake.push(`${at}.${k}`)
        return [camelKey(k), walk(inner, `${at}.${k}`)]
      }),
    )
  }
  return { value: walk(value, path), notSnake }
}
