import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type SearchStatus = { engine: string; configured_engine: string; document_count: number; last_synced_at: string | null }

// The dashboard is served by the backend and signs in with a session cookie.
async function adminFetch<T>(path: string, method: "GET" | "POST" = "GET"): Promise<T> {
  const response = await fetch(path, { method, credentials: "include", headers: { accept: "application/json" } })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
  return response.json()
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never")

/** Above the product list: what search holds, and a way to rebuild it. */
const SearchSyncWidget = () => {
  const [status, setStatus] = useState<SearchStatus | null>(null)
  const [reindexing, setReindexing] = useState(false)

  const load = useCallback(() => adminFetch<{ status: SearchStatus }>("/admin/search/status").then(({ status }) => setStatus(status)), [])
  useEffect(() => {
    load().catch(() => setStatus(null))
  }, [load])

  const reindex = async () => {
    setReindexing(true)
    try {
      const result = await adminFetch<{ indexed: number; status: SearchStatus }>("/admin/search/reindex", "POST")
      setStatus(result.status)
      toast.success(`Search reindexed: ${result.indexed} products`)
    } catch (error) {
      toast.error(`Reindex failed: ${(error as Error).message}`)
    } finally {
      setReindexing(false)
    }
  }

  const degraded = status && status.engine !== status.configured_engine
  return (
    <Container className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">Product search</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {status
            ? `${status.document_count} products indexed · last sync ${when(status.last_synced_at)} · engine: ${status.engine}`
            : "Status unavailable"}
          {degraded ? ` (${status!.configured_engine} unreachable)` : ""}
        </Text>
      </div>
      <Button size="small" variant="secondary" onClick={reindex} isLoading={reindexing}>
        Reindex now
      </Button>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default SearchSyncWidget
