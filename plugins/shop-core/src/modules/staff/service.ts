import { MedusaService } from "@medusajs/framework/utils"
import { StaffMember } from "./models/staff-member"

class StaffModuleService extends MedusaService({ StaffMember }) {}

export default StaffModuleService
