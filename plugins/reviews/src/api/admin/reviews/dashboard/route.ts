import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"
import type { ReviewDashboard } from "../../../../modules/review/service"

type Dashboard = { dashboard: ReviewDashboard & { products: (ReviewDashboard["products"][number] & { title: string | null })[] } }

/** GET /admin/reviews/dashboard: average per product and per month, share answered, time to answer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<Dashboard>) {
  const dashboard = await (req.scope.resolve(REVIEW_MODULE) as ReviewModuleService).dashboard()
  const ids = dashboard.products.map((product) => product.product_id)
  const { data } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title"], filters: { id: ids } })
    : { data: [] as any[] }
  const titles = new Map((data as any[]).map((product) => [product.id, product.title]))
  res.json({ dashboard: { ...dashboard, products: dashboard.products.map((product) => ({ ...product, title: titles.get(product.product_id) ?? null })) } })
}
