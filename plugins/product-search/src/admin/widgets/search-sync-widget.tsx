import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type SearchIndex = { name: string; provider: string; status: string }

/**
 * Above the product list: the product search index as Medusa's Search Module
 * reports it (the same answer as Settings › Search, where it is reindexed).
 */
const SearchSyncWidget = () => {
  const [index, setIndex] = useState<SearchIndex | null | undefined>(undefined)

  useEffect(() => {
    fetch("/admin/search-indexes", { credentials: "include", headers: { accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then(({ search_indexes }: { search_indexes: SearchIndex[] }) => setIndex(search_indexes.find((candidate) => candidate.name === "product") ?? null))
      .catch(() => setIndex(null))
  }, [])

  return (
    <Container className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">Product search</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {index === undefined
            ? "Loading…"
            : index
              ? `Index "${index.name}" on the ${index.provider} provider`
              : "No product search index is registered"}
        </Text>
      </div>
      <div className="flex items-center gap-x-3">
        {index ? <Badge size="2xsmall">{index.status}</Badge> : null}
        <a href="/app/settings/search" className="txt-compact-small text-ui-fg-interactive">
          Settings › Search
        </a>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default SearchSyncWidget
