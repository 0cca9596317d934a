import type { Logger } from "@medusajs/framework/types"
import type { SearchSettings } from "../settings/default-settings"
import type { SearchEngine } from "../types"
import { EmbeddedEngine } from "./embedded/embedded-engine"
import { FailoverEngine } from "./failover-engine"
import { MeilisearchEngine } from "./meilisearch/meilisearch-engine"

export type MeilisearchConnection = { host?: string; apiKey?: string }

/** The embedded engine always; Meilisearch in front of it when a host is configured. */
export function createEngines(settings: SearchSettings, meilisearch: MeilisearchConnection, logger: Logger) {
  const embedded = new EmbeddedEngine(settings)
  const failover = meilisearch.host
    ? new FailoverEngine(new MeilisearchEngine({ host: meilisearch.host, apiKey: meilisearch.apiKey, settings }), embedded, logger)
    : null
  const engine: SearchEngine = failover ?? embedded
  return { embedded, failover, engine }
}
