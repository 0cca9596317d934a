import type { MedusaContainer } from "@medusajs/framework/types"
import { expireUncollectedPickupsWorkflow } from "../workflows/expire-uncollected-pickups"

/** Hourly: orders left on the pickup shelf past their hold period go back to stock. */
export default async function expireUncollectedPickups(container: MedusaContainer) {
  await expireUncollectedPickupsWorkflow(container).run({ input: {} })
}

export const config = { name: "expire-uncollected-pickups", schedule: "17 * * * *" }
