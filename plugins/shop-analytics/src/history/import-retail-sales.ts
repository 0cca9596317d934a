/**
 * Demo history: the Online Retail sample (or the full shared file) loaded as
 * past orders of the read model, marked `imported`, over their real dates, so
 * cohorts and baskets mean something on first start. Lines are mapped to the
 * demo catalogue by `variant.metadata.stock_code` when the product exists.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readCsvFile } from "@fairmade/recommendations/data/csv"
import { SALES_ANALYTICS_MODULE } from "../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../modules/sales-analytics/service"
import { importSalesHistoryWorkflow } from "../workflows/import-sales-history"
import { IMPORTED_PREFIX, type ProductRef, type RetailInvoiceLine, toImportedFactSet, toRetailInvoiceLine } from "./retail-orders"

const ORDERS_PER_BATCH = 500

export type ImportProgress = { orders: number; lines: number }

export async function importRetailSalesHistory(
  container: MedusaContainer,
  csvPath: string,
  options: { onlyIfEmpty?: boolean; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportProgress> {
  if (options.onlyIfEmpty) {
    const service: SalesAnalyticsModuleService = container.resolve(SALES_ANALYTICS_MODULE)
    const [, already] = await service.listAndCountOrderFacts({ source: "imported" }, { take: 1 })
    if (already > 0) return { orders: 0, lines: 0 }
  }
  const productOf = await productsByStockCode(container)
  // An invoice's lines may not be contiguous in the file: gather them first.
  const invoices = new Map<string, RetailInvoiceLine[]>()
  for await (const record of readCsvFile(csvPath)) {
    const line = toRetailInvoiceLine(record)
    if (!line) continue
    const lines = invoices.get(line.invoice)
    if (lines) lines.push(line)
    else invoices.set(line.invoice, [line])
  }
  const progress: ImportProgress = { orders: 0, lines: 0 }
  let batch: RetailInvoiceLine[][] = []
  const flush = async () => {
    if (batch.length === 0) return
    const sets = batch.map((lines) => toImportedFactSet(lines, productOf))
    await importSalesHistoryWorkflow(container).run({ input: { sets } })
    progress.orders += sets.length
    progress.lines += sets.reduce((count, set) => count + set.lines.length, 0)
    options.onProgress?.(progress)
    batch = []
  }
  for (const lines of invoices.values()) {
    batch.push(lines)
    if (batch.length >= ORDERS_PER_BATCH) await flush()
  }
  await flush()
  return progress
}

export const isImportedOrderId = (orderId: string) => orderId.startsWith(IMPORTED_PREFIX)

async function productsByStockCode(container: MedusaContainer): Promise<Map<string, ProductRef>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id", "metadata"] })
  const map = new Map<string, ProductRef>()
  for (const variant of data as { id: string; sku: string | null; product_id: string | null; metadata: Record<string, unknown> | null }[]) {
    const code = variant.metadata?.stock_code
    if (typeof code === "string" && variant.product_id) map.set(code.trim().toUpperCase(), { product_id: variant.product_id, variant_id: variant.id, sku: variant.sku })
  }
  return map
}
