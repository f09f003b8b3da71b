import type { RollupInput, StoredReading, TopicMark } from '@undertone/storage'

/** A message's reading as stored before it was read again, with the topic it is counted under. */
export interface EarlierReading {
  readonly score: number
  readonly label: string
  readonly emotions: string
  readonly language: string
  readonly topic: string | null
  /** The topic model it is counted under (PostgreSQL bigints arrive as strings). */
  readonly topic_version: number | string | null
}

/** Whether a new reading equals the stored one in everything the rollups count. */
export function sameReading(earlier: EarlierReading | undefined, reading: Pick<StoredReading, 'score' | 'label' | 'emotions'>): boolean {
  return earlier !== undefined && earlier.label === reading.label && Number(earlier.score) === reading.score && earlier.emotions === JSON.stringify(reading.emotions)
}

/**
 * What reading a message (again) changes in the topic rollups under topic model `version`: the
 * earlier reading comes out of the topic it was counted under — only if it was counted under this
 * model (a reading not counted yet is left to the recount) — and the new one goes into `topic`
 * ('' for none), marked as counted. Nothing changes when the same reading is already counted there.
 */
export function topicDelta(
  message: { readonly id: string; readonly createdAt: number },
  reading: Pick<StoredReading, 'score' | 'label' | 'emotions'>,
  earlier: EarlierReading | undefined,
  topic: string,
  version: number,
): { inputs: RollupInput[]; mark?: TopicMark } {
  const counted = earlier !== undefined && earlier.topic_version !== null && Number(earlier.topic_version) === version ? (earlier.topic ?? '') : undefined
  const same = sameReading(earlier, reading)
  const inputs: RollupInput[] = []
  if (!(same && counted === topic)) {
    if (earlier !== undefined && counted !== undefined && counted !== '') {
      inputs.push({ at: message.createdAt, score: Number(earlier.score), label: earlier.label as StoredReading['label'], emotions: JSON.parse(earlier.emotions) as Record<string, number>, dims: { topic: counted }, weight: -1 })
    }
    if (topic !== '') inputs.push({ at: message.createdAt, score: reading.score, label: reading.label, emotions: reading.emotions, dims: { topic } })
  }
  return counted === topic ? { inputs } : { inputs, mark: { messageId: message.id, topic } }
}
