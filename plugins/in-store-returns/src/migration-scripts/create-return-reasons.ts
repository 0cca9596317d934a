import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureReturnReasonsWorkflow } from "../workflows/ensure-return-reasons"

/** Runs once with `medusa db:migrate`: the return reasons shoppers and staff pick from. */
export default async function createReturnReasons({ container }: { container: MedusaContainer }) {
  await ensureReturnReasonsWorkflow(container).run()
}
