import { model } from "@medusajs/framework/utils"

/**
 * The documents last indexed, one row per product. The embedded engine of
 * every process (server, worker) is rebuilt from these rows, and follows
 * their changes through `synced_at`; a removed product keeps its row with
 * `removed` set so other processes learn of the removal too.
 */
export const IndexedDocument = model.define("search_document", {
  id: model.text().primaryKey(),
  document: model.json(),
  removed: model.boolean().default(false),
  synced_at: model.dateTime().index("IDX_search_document_synced_at"),
})
