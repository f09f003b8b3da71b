/** A post in a reply graph (the Twitter customer-support layout, or any export with reply links). */
export interface ReplyPost {
  readonly id: string
  readonly authorId: string
  /** True when a customer wrote it (to the company). */
  readonly inbound: boolean
  readonly at: number
  readonly inReplyTo?: string
}

/** A thread: posts joined by reply links, in time order, with the customer who opened it. */
export interface Thread {
  readonly id: string
  readonly customerId: string | undefined
  readonly posts: readonly ReplyPost[]
}

/**
 * Groups posts into threads: the connected components of the reply links, each in time order
 * (ties by id). Links to posts that are not in the input are ignored, and cycles in the links
 * (which real exports contain) cannot hang or split anything, since threads are components, not
 * walks. The thread id is its earliest post's id; its customer is the author of its earliest
 * inbound post.
 */
export function rebuildThreads(posts: readonly ReplyPost[]): Thread[] {
  const index = new Map<string, number>()
  posts.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i)
  })
  const parent = posts.map((_, i) => i)
  const find = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] as number
    while (parent[i] !== r) {
      const next = parent[i] as number
      parent[i] = r
      i = next
    }
    return r
  }
  posts.forEach((p, i) => {
    if (p.inReplyTo === undefined) return
    const j = index.get(p.inReplyTo)
    if (j === undefined) return
    const a = find(i)
    const b = find(j)
    if (a !== b) parent[a] = b
  })
  const groups = new Map<number, ReplyPost[]>()
  posts.forEach((p, i) => {
    if (index.get(p.id) !== i) return // a duplicate id: the first copy stands
    const r = find(i)
    const g = groups.get(r) ?? []
    g.push(p)
    groups.set(r, g)
  })
  const threads: Thread[] = []
  for (const g of groups.values()) {
    g.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const first = g[0] as ReplyPost
    threads.push({ id: first.id, customerId: g.find((p) => p.inbound)?.authorId, posts: g })
  }
  threads.sort((a, b) => (a.posts[0] as ReplyPost).at - (b.posts[0] as ReplyPost).at || (a.id < b.id ? -1 : 1))
  return threads
}
