/**
 * Weighted co-occurrence counts: how much evidence says shoppers who took one
 * item also took another. Counts only ever add up, so new signals update them
 * in place (incremental training) and two sets of counts can be merged.
 *
 * Items are interned to small integers and each pair is stored once (under
 * the smaller id): training touches tens of millions of pairs on a year of
 * real orders, and integer-keyed maps are several times faster than string ones.
 */
export class CooccurrenceCounts {
  private readonly ids = new Map<string, number>()
  private readonly names: string[] = []
  /** W(i): the weight of all shoppers who took item i, by id. */
  private readonly weights: number[] = []
  /** C(i, j) for i < j, by id: customers' evidence. */
  private readonly rows: Map<number, number>[] = []
  /** The same from anonymous visitors, kept apart so that it can be capped (see forEachPair). */
  private readonly anonymousRows: Map<number, number>[] = []

  /** Anonymous evidence for a pair counts at most as much as customers' evidence plus this. */
  constructor(private readonly anonymousAllowance = Infinity) {}

  idOf(item: string): number {
    let id = this.ids.get(item)
    if (id === undefined) {
      id = this.names.length
      this.ids.set(item, id)
      this.names.push(item)
      this.weights.push(0)
      this.rows.push(new Map())
      this.anonymousRows.push(new Map())
    }
    return id
  }

  addItem(id: number, weight: number): void {
    this.weights[id] += weight
  }

  addPair(a: number, b: number, weight: number, anonymous = false): void {
    if (a === b) return
    const row = (anonymous ? this.anonymousRows : this.rows)[Math.min(a, b)]
    const other = Math.max(a, b)
    row.set(other, (row.get(other) ?? 0) + weight)
  }

  itemWeight(item: string): number {
    const id = this.ids.get(item)
    return id === undefined ? 0 : this.weights[id]
  }

  count(a: string, b: string): number {
    const [first, second] = [this.ids.get(a), this.ids.get(b)]
    if (first === undefined || second === undefined || first === second) return 0
    const [low, high] = [Math.min(first, second), Math.max(first, second)]
    return this.combined(this.rows[low].get(high) ?? 0, this.anonymousRows[low].get(high) ?? 0)
  }

  /**
   * Customers' evidence plus anonymous visitors', the latter capped at the
   * former plus an allowance: a crowd of fresh cookie ids pairing two
   * products nobody buys together cannot make them neighbours.
   */
  private combined(customers: number, anonymous: number): number {
    return customers + Math.min(anonymous, customers + this.anonymousAllowance)
  }

  get items(): readonly string[] {
    return this.names
  }

  /** Calls back once per co-occurring pair of ids (a < b) with C(a, b). */
  forEachPair(visit: (a: number, b: number, weight: number) => void): void {
    this.rows.forEach((row, a) => row.forEach((weight, b) => visit(a, b, this.combined(weight, this.anonymousRows[a].get(b) ?? 0))))
    this.anonymousRows.forEach((row, a) =>
      row.forEach((weight, b) => {
        if (!this.rows[a].has(b)) visit(a, b, this.combined(0, weight))
      }),
    )
  }

  nameOf(id: number): string {
    return this.names[id]
  }

  weightOf(id: number): number {
    return this.weights[id]
  }
}
