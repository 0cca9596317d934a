import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ChangedRecordKind, productIdsByRecord } from "./affected-products"
import type { ProductSearchDocument } from "./product-document"
import { PRODUCT_SEARCH_FIELDS, ProductForSearch } from "./product-fields"
import { toDocuments } from "./product-index-source"

type Query = Pick<RemoteQueryFunction, "graph">
type Waiter = { ids: string[]; resolve: (documents: Map<string, ProductSearchDocument>) => void; reject: (error: unknown) => void }

// Events come in bursts (a product and its variants, prices and stock levels are created together):
// requests arriving within this window share one read.
const WINDOW_MS = 20
const MAX_BATCH = 200

/**
 * Builds the documents of the products many events ask for at once with a
 * fixed number of queries, instead of the same reads per event: requests made
 * within a short window are read together. A product missing from the answer
 * (deleted, unpublished) has no document, which `consume` turns into a delete.
 */
export class DocumentBatcher {
  private waiting: Waiter[] = []
  private timer: NodeJS.Timeout | null = null

  documents(query: Query, ids: string[]): Promise<Map<string, ProductSearchDocument>> {
    if (!ids.length) return Promise.resolve(new Map())
    return new Promise((resolve, reject) => {
      this.waiting.push({ ids, resolve, reject })
      const queued = this.waiting.reduce((count, waiter) => count + waiter.ids.length, 0)
      if (queued >= MAX_BATCH) this.flush(query)
      else this.timer ??= setTimeout(() => this.flush(query), WINDOW_MS)
    })
  }

  private flush(query: Query): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const waiters = this.waiting
    this.waiting = []
    const ids = [...new Set(waiters.flatMap((waiter) => waiter.ids))]
    read(query, ids).then(
      (documents) => waiters.forEach((waiter) => waiter.resolve(documents)),
      (error) => waiters.forEach((waiter) => waiter.reject(error)),
    )
  }
}

/**
 * Which products changed records belong to, for the events of a burst at once
 * (hundreds of `pricing.price.created` when products are created): one read
 * per kind of record instead of one per event.
 */
export class AffectedProductsBatcher {
  private waiting: { kind: Exclude<ChangedRecordKind, "product">; ids: string[]; resolve: (ids: string[]) => void; reject: (error: unknown) => void }[] = []
  private timer: NodeJS.Timeout | null = null

  productIds(query: Query, kind: ChangedRecordKind, ids: string[]): Promise<string[]> {
    if (kind === "product" || !ids.length) return Promise.resolve([...new Set(ids)])
    return new Promise((resolve, reject) => {
      this.waiting.push({ kind, ids, resolve, reject })
      if (this.waiting.length >= MAX_BATCH) this.flush(query)
      else this.timer ??= setTimeout(() => this.flush(query), WINDOW_MS)
    })
  }

  private flush(query: Query): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const waiters = this.waiting
    this.waiting = []
    const kinds = [...new Set(waiters.map((waiter) => waiter.kind))]
    for (const kind of kinds) {
      const mine = waiters.filter((waiter) => waiter.kind === kind)
      productIdsByRecord(query, kind, [...new Set(mine.flatMap((waiter) => waiter.ids))]).then(
        (byRecord) => mine.forEach((waiter) => waiter.resolve([...new Set(waiter.ids.flatMap((id) => byRecord.get(id) ?? []))])),
        (error) => mine.forEach((waiter) => waiter.reject(error)),
      )
    }
  }
}

async function read(query: Query, ids: string[]): Promise<Map<string, ProductSearchDocument>> {
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_SEARCH_FIELDS, filters: { id: ids } })
  const documents = await toDocuments(query, data as unknown as ProductForSearch[])
  return new Map(documents.map((document) => [document.id, document]))
}
