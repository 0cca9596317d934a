import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterLocationId } from "@fairmade/shop-core/lib/staff-scope"
import { type LookupHit, lookupProducts } from "../../../../lib/product-lookup"
import { ensureStoreChannel } from "../../../../lib/store-channel"
import type { StaffCounterProductsType } from "../validators"

export type CounterProductsResponse = { match: "code" | "name"; products: LookupHit[] }

/** GET /staff-api/counter-sales/products?q=&location_id=: by exact SKU/barcode, else by name; price and this store's stock. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CounterProductsResponse>) {
  const query = req.validatedQuery as unknown as StaffCounterProductsType
  const channel = await ensureStoreChannel(req.scope, counterLocationId(req, query.location_id))
  const { match, hits } = await lookupProducts(req.scope, query.q, channel, query.limit)
  res.json({ match, products: hits })
}
