import { MedusaService } from "@medusajs/framework/utils"
import { PickupEvent } from "./models/pickup-event"
import { PickupOrder } from "./models/pickup-order"

class PickupModuleService extends MedusaService({ PickupOrder, PickupEvent }) {}

export default PickupModuleService
