import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STORE_RETURN_MODULE } from "../../../modules/store-return"
import type StoreReturnModuleService from "../../../modules/store-return/service"
import { assertActsAt, staffLocationIds } from "../../staff-scope"

/** The return the counter acts on; only staff of the store it is booked at may (404 for others). */
export async function storeReturnActedOnAtCounter(req: AuthenticatedMedusaRequest) {
  const storeReturns: StoreReturnModuleService = req.scope.resolve(STORE_RETURN_MODULE)
  const [storeReturn] = await storeReturns.listStoreReturns({ id: req.params.id })
  if (!storeReturn) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${req.params.id} was not found.`)
  assertActsAt(await staffLocationIds(req), storeReturn.location_id, `Return ${req.params.id}`)
  return storeReturn
}
