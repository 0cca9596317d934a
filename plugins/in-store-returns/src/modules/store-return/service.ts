import { MedusaService } from "@medusajs/framework/utils"
import { StoreReturn } from "./models/store-return"

class StoreReturnModuleService extends MedusaService({ StoreReturn }) {}

export default StoreReturnModuleService
