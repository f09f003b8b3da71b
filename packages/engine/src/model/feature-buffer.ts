/** A reusable sparse vector: bucket indices and their values, filled by feature extraction. */
export class FeatureBuffer {
  indices: Int32Array
  values: Float32Array
  length = 0

  constructor(capacity = 1024) {
    this.indices = new Int32Array(capacity)
    this.values = new Float32Array(capacity)
  }

  clear(): void {
    this.length = 0
  }

  /** Makes room for `n` more entries, so a caller may write them directly. */
  reserve(n: number): void {
    const need = this.length + n
    if (need <= this.indices.length) return
    let size = this.indices.length * 2
    while (size < need) size *= 2
    const indices = new Int32Array(size)
    indices.set(this.indices)
    const values = new Float32Array(size)
    values.set(this.values)
    this.indices = indices
    this.values = values
  }

  push(index: number, value: number): void {
    if (this.length === this.indices.length) this.reserve(1)
    this.indices[this.length] = index
    this.values[this.length] = value
    this.length++
  }

  /** Scales every value so the vector has unit length. */
  normalize(): void {
    let sum = 0
    for (let i = 0; i < this.length; i++) sum += (this.values[i] as number) ** 2
    if (sum === 0) return
    const k = 1 / Math.sqrt(sum)
    for (let i = 0; i < this.length; i++) this.values[i] = (this.values[i] as number) * k
  }

  /** A compact copy for training sets that hold many vectors. */
  snapshot(): { indices: Int32Array; values: Float32Array } {
    return { indices: this.indices.slice(0, this.length), values: this.values.slice(0, this.length) }
  }
}
