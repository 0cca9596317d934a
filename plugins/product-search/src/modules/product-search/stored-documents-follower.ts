/** A stored row of the search_document table. */
export type StoredDocument = { id: string; document: unknown; removed: boolean; synced_at: Date | string }

// Rows are read again from a little before the last one seen, so a write
// committed late with an earlier timestamp is not missed.
const OVERLAP_MS = 5_000

/**
 * Keeps this process's in-memory index level with the stored documents: a
 * full load first, then at most once per interval the rows changed since.
 */
export class StoredDocumentsFollower {
  private seenUntil: Date | null = null
  private checkedAt = 0
  private loading: Promise<void> | null = null

  constructor(
    private readonly readChangedSince: (since: Date | null) => Promise<StoredDocument[]>,
    private readonly apply: (rows: StoredDocument[]) => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  catchUp(): Promise<void> {
    if (this.seenUntil && Date.now() - this.checkedAt < this.intervalMs) return Promise.resolve()
    this.loading ??= this.load().finally(() => (this.loading = null))
    return this.loading
  }

  private async load(): Promise<void> {
    this.checkedAt = Date.now()
    const since = this.seenUntil && new Date(this.seenUntil.getTime() - OVERLAP_MS)
    const rows = await this.readChangedSince(since)
    await this.apply(rows)
    for (const row of rows) {
      const syncedAt = new Date(row.synced_at)
      if (!this.seenUntil || syncedAt > this.seenUntil) this.seenUntil = syncedAt
    }
    this.seenUntil ??= new Date(0)
  }
}
