import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buildReturnReceipt } from "../../../../../lib/receipt"
import { STORE_RETURN_MODULE } from "../../../../../modules/store-return"
import type StoreReturnModuleService from "../../../../../modules/store-return/service"
import { assertStaffWorksAt } from "@fairmade/shop-core/lib/staff-scope"

/** The return receipt as JSON, for the counter to print. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const storeReturns: StoreReturnModuleService = req.scope.resolve(STORE_RETURN_MODULE)
  const [storeReturn] = await storeReturns.listStoreReturns({ id: req.params.id })
  if (!storeReturn) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${req.params.id} was not found.`)
  assertStaffWorksAt(req, storeReturn.location_id, `Return ${req.params.id}`)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: locations }] = await Promise.all([
    query.graph({ entity: "order", fields: ["display_id", "email"], filters: { id: storeReturn.order_id } }),
    query.graph({ entity: "stock_location", fields: ["id", "name", "address.*"], filters: { id: storeReturn.location_id } }),
  ])
  res.json({ receipt: buildReturnReceipt(storeReturn as any, orders[0] as any, (locations[0] as any) ?? null) })
}
