import type { SubscriberArgs } from "@medusajs/framework"
import type { ChangedRecordKind } from "./affected-products"
import { syncSearchIndexWorkflow } from "../workflows/sync-search-index"

/** A subscriber body that only runs the sync workflow for the records an event names. */
export function searchSyncSubscriber(kind: ChangedRecordKind) {
  return async function syncSearchIndex({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
    const ids = [event.data.id].flat().filter(Boolean)
    await syncSearchIndexWorkflow(container).run({ input: { kind, ids } })
  }
}
