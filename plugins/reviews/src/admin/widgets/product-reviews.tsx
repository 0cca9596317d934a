import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type Summary = { average: number | null; count: number }

/** On a product's page in the admin: its published reviews' average and count, and a link to the queue. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [summary, setSummary] = useState<Summary | null>(null)
  useEffect(() => {
    adminFetch<{ dashboard: { products: { product_id: string; average: number; count: number }[] } }>("/admin/reviews/dashboard")
      .then(({ dashboard }) => {
        const row = dashboard.products.find((candidate) => candidate.product_id === product.id)
        setSummary(row ? { average: row.average, count: row.count } : { average: null, count: 0 })
      })
      .catch(() => setSummary(null))
  }, [product.id])
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">Reviews</Heading>
      <Text className="text-ui-fg-subtle">
        {summary === null ? "…" : summary.count === 0 ? "No published reviews yet." : `${summary.average} ★ from ${summary.count} published review(s).`}{" "}
        <a className="text-ui-fg-interactive" href="/app/reviews">Moderation queue</a>
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductReviewsWidget
