import type { Logger } from "@medusajs/framework/types"
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "../types"
import type { EmbeddedEngine } from "./embedded/embedded-engine"

export type RemoteEngine = SearchEngine & { readonly host: string; isHealthy(): Promise<boolean> }

const FIRST_RETRY_MS = 1_000
const LAST_RETRY_MS = 60_000

/**
 * A remote engine (Meilisearch) in front of the embedded one. The embedded
 * engine always receives every document, so when the remote one fails,
 * searches go to the embedded engine at once; health checks with doubling
 * back-off find when it is back, then the changes it missed are replayed.
 */
export class FailoverEngine implements SearchEngine {
  private down = false
  private retryInMs = FIRST_RETRY_MS
  private retryTimer: NodeJS.Timeout | null = null
  /** Documents changed or removed while the remote engine was unreachable. */
  private readonly missedIds = new Set<string>()

  constructor(
    private readonly remote: RemoteEngine,
    private readonly embedded: EmbeddedEngine,
    private readonly logger: Pick<Logger, "warn" | "info">,
  ) {}

  get name(): string {
    return this.down ? this.embedded.name : this.remote.name
  }

  get remoteHost(): string {
    return this.remote.host
  }

  get remoteIsUp(): boolean {
    return !this.down
  }

  async index(documents: SearchDocument[]): Promise<void> {
    await this.embedded.index(documents)
    await this.onRemote(documents.map((document) => document.id), () => this.remote.index(documents))
  }

  async remove(ids: string[]): Promise<void> {
    await this.embedded.remove(ids)
    await this.onRemote(ids, () => this.remote.remove(ids))
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    if (!this.down) {
      try {
        const result = await this.remote.search(query)
        // Meilisearch corrects typos silently; the embedded vocabulary can say what it corrected.
        return { ...result, did_you_mean: result.did_you_mean ?? this.embedded.didYouMean(query.q) }
      } catch (error) {
        this.markDown(error)
      }
    }
    return this.embedded.search(query)
  }

  /** Stops the health checks (module shutdown, tests). */
  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  private async onRemote(ids: string[], write: () => Promise<void>): Promise<void> {
    if (this.down) {
      ids.forEach((id) => this.missedIds.add(id))
      return
    }
    try {
      await write()
    } catch (error) {
      ids.forEach((id) => this.missedIds.add(id))
      this.markDown(error)
    }
  }

  private markDown(error: unknown): void {
    if (!this.down) {
      this.logger.warn(`Meilisearch unreachable (${(error as Error)?.message ?? error}); answering from the embedded engine.`)
    }
    this.down = true
    this.scheduleHealthCheck()
  }

  private scheduleHealthCheck(): void {
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.checkHealth()
    }, this.retryInMs)
    this.retryTimer.unref()
    this.retryInMs = Math.min(this.retryInMs * 2, LAST_RETRY_MS)
  }

  private async checkHealth(): Promise<void> {
    const healthy = await this.remote.isHealthy().catch(() => false)
    if (!healthy) return this.scheduleHealthCheck()
    try {
      await this.replayMissed()
    } catch (error) {
      return this.scheduleHealthCheck()
    }
    this.down = false
    this.retryInMs = FIRST_RETRY_MS
    this.logger.info("Meilisearch is reachable again; searching there.")
  }

  private async replayMissed(): Promise<void> {
    const ids = [...this.missedIds]
    const documents = this.embedded.documents(ids)
    const present = new Set(documents.map((document) => document.id))
    await this.remote.index(documents)
    await this.remote.remove(ids.filter((id) => !present.has(id)))
    ids.forEach((id) => this.missedIds.delete(id))
  }
}
