import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { CatalogueProduct } from "../../training/product-features"
import type { SignalRow } from "../../training/signals"
import { trainFromSignals } from "../../training/train"

const PAGE = 10_000

/** Reads all signals and the published catalogue, trains, and returns the lists to store. */
export const trainRecommendationsStep = createStep("train-recommendations", async (_: void, { container }) => {
  const started = Date.now()
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const signals = await loadAllSignals(service)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "material", "categories.handle", "tags.value"],
    filters: { status: "published" },
  })
  const results = trainFromSignals(signals, products as CatalogueProduct[])
  return new StepResponse({ results, signals: signals.length, products: products.length, milliseconds: Date.now() - started })
})

async function loadAllSignals(service: RecommendationModuleService): Promise<SignalRow[]> {
  const rows: SignalRow[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await service.listRecommendationSignals(
      {},
      { select: ["type", "product_id", "customer_id", "anonymous_id", "basket_id", "created_at"], skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    )
    rows.push(...(page as unknown as SignalRow[]))
    if (page.length < PAGE) return rows
  }
}
