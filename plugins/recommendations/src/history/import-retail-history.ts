/**
 * Demo history: the Online Retail sample's sales (backend/data, Chen 2015,
 * UCI ML Repository, CC BY 4.0) as purchase signals of anonymous historical
 * shoppers, mapped to products through `variant.metadata.stock_code`. Gives
 * a fresh demo real co-occurrence and popularity to learn from.
 * Runs once: a second call finds the imported signals and does nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readCsvFile } from "../data/csv"
import { toRetailLine } from "../data/online-retail"
import { RECOMMENDATION_MODULE } from "../modules/recommendation"
import type RecommendationModuleService from "../modules/recommendation/service"
import type { NewSignal } from "../workflows/steps/create-signals"
import { recordSignalsWorkflow } from "../workflows/record-signals"
import { HISTORY_PREFIX } from "../training/signals"

const SHOPPER_PREFIX = HISTORY_PREFIX
const BATCH = 2_000

export async function importRetailHistory(container: MedusaContainer, csvPath: string): Promise<{ imported: number }> {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const [, already] = await service.listAndCountRecommendationSignals({ anonymous_id: { $like: `${SHOPPER_PREFIX}%` } }, { take: 1 })
  if (already > 0) return { imported: 0 }

  const productOf = await productsByStockCode(container)
  const signals: NewSignal[] = []
  const seen = new Set<string>()
  for await (const record of readCsvFile(csvPath)) {
    const line = toRetailLine(record)
    const productId = line && productOf.get(line.item)
    // Colours of one product are one purchase of it per order.
    if (!line || !productId || seen.has(`${line.invoice}|${productId}`)) continue
    seen.add(`${line.invoice}|${productId}`)
    signals.push({ type: "purchase", product_id: productId, anonymous_id: `${SHOPPER_PREFIX}${line.user}`, basket_id: line.invoice, created_at: new Date(line.time) })
  }
  for (let start = 0; start < signals.length; start += BATCH) {
    await recordSignalsWorkflow(container).run({ input: { signals: signals.slice(start, start + BATCH) } })
  }
  return { imported: signals.length }
}

async function productsByStockCode(container: MedusaContainer): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["product_id", "metadata"] })
  const map = new Map<string, string>()
  for (const variant of data as { product_id: string | null; metadata: Record<string, unknown> | null }[]) {
    const code = variant.metadata?.stock_code
    if (typeof code === "string" && variant.product_id) map.set(code.trim().toUpperCase(), variant.product_id)
  }
  return map
}
