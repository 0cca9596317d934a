/**
 * Gives an admin user access to stores on the /staff screens, from the command line
 * (the "Works at" widget on the user's admin page does the same):
 *
 *   cd backend && npx medusa exec ../plugins/click-and-collect/.medusa/server/src/scripts/assign-staff-stores.js admin@fairmade.local all
 *   … assign-staff-stores.js anna@fairmade.local lyon-part-dieu paris-le-marais
 *
 * Stores are named by their handle (`metadata.handle`), or "all". Replaces the user's stores.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { withStoreLocationIds } from "../lib/staff-stores"
import { listStoresAndWarehouses } from "../lib/stores"

export default async function assignStaffStores({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [email, ...handles] = args
  if (!email || handles.length === 0) {
    throw new Error("Usage: assign-staff-stores.js <user e-mail> <store handle…|all>")
  }
  const [user] = await container.resolve(Modules.USER).listUsers({ email }, { select: ["id", "metadata"] })
  if (!user) {
    throw new Error(`No admin user ${email}.`)
  }
  const { stores } = await listStoresAndWarehouses(container)
  const chosen = handles.includes("all") ? stores : stores.filter((store) => handles.includes(store.handle))
  const unknown = handles.filter((handle) => handle !== "all" && !stores.some((store) => store.handle === handle))
  if (unknown.length > 0) {
    throw new Error(`Unknown store handles: ${unknown.join(", ")}. Stores: ${stores.map((store) => store.handle).join(", ")}.`)
  }
  const metadata = withStoreLocationIds(user, chosen.map((store) => store.id))
  await updateUsersWorkflow(container).run({ input: { updates: [{ id: user.id, metadata }] } })
  logger.info(`${email} now works at: ${chosen.map((store) => store.name).join(", ")}.`)
}
