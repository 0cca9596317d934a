import type { MedusaContainer } from "@medusajs/framework/types"
import { remindUncollectedPickupsWorkflow } from "../workflows/remind-uncollected-pickups"

/** Hourly: a reminder e-mail a day before a ready order goes back on the shelf. */
export default async function remindUncollectedPickups(container: MedusaContainer) {
  await remindUncollectedPickupsWorkflow(container).run({ input: {} })
}

export const config = { name: "remind-uncollected-pickups", schedule: "47 * * * *" }
