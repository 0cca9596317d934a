import type { MedusaRequest } from "@medusajs/framework/http"
import { assertStaffWorksAt } from "@fairmade/shop-core/lib/staff-scope"
import { MedusaError } from "@medusajs/framework/utils"
import { STORE_RETURN_MODULE } from "../../../modules/store-return"
import type StoreReturnModuleService from "../../../modules/store-return/service"

/** The return the counter acts on; only staff of the store it is booked at may (404 for others). */
export async function storeReturnActedOnAtCounter(req: MedusaRequest) {
  const storeReturns: StoreReturnModuleService = req.scope.resolve(STORE_RETURN_MODULE)
  const [storeReturn] = await storeReturns.listStoreReturns({ id: req.params.id })
  if (!storeReturn) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${req.params.id} was not found.`)
  assertStaffWorksAt(req, storeReturn.location_id, `Return ${req.params.id}`)
  return storeReturn
}
