/**
 * The demo's store staff (scripts/lib/demo-staff.mjs), created as an admin would
 * (shop-core's createStaffMemberWorkflow) but with the password from backend/.env
 * set at once instead of an invitation e-mail. Members that already exist are left
 * as they are, so it can run on every start.
 *
 *   DEMO_STAFF='[{"email":…,"first_name":…,"last_name":…,"stores":["lyon-part-dieu"]|"all","password":…}]' \
 *     npx medusa exec ./src/scripts/seed-staff.ts
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStaffMemberWorkflow } from "@fairmade/shop-core/workflows"
import { STAFF_MODULE, type StaffModuleService } from "@fairmade/shop-core/modules/staff"
import { listStores } from "@fairmade/shop-core/lib/stores"

type DemoMember = { email: string; first_name: string; last_name: string; stores: string[] | "all"; password: string }

export default async function seedStaff({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const members: DemoMember[] = JSON.parse(process.env.DEMO_STAFF ?? "[]")
  const stores = await listStores(container)
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  const auth = container.resolve(Modules.AUTH)
  for (const member of members) {
    if (!member.password) throw new Error(`No password for ${member.email}: backend/.env is missing it.`)
    const [existing] = await staff.listStaffMembers({ email: member.email, status: "active" }, { select: ["id"] })
    if (existing) continue
    const storeIds = member.stores === "all" ? stores.map((store) => store.id) : stores.filter((store) => store.handle && member.stores.includes(store.handle)).map((store) => store.id)
    if (!storeIds.length) throw new Error(`None of the stores of ${member.email} (${member.stores}) exists: was the demo seeded?`)
    const { first_name, last_name, email } = member
    await createStaffMemberWorkflow(container).run({ input: { first_name, last_name, email, store_location_ids: storeIds, send_invite: false } })
    const updated = await auth.updateProvider("emailpass", { entity_id: email, password: member.password })
    if (!updated.success) throw new Error(`Could not set the password of ${email}: ${updated.error}`)
    logger.info(`Store staff ${email} works at ${storeIds.length} store(s).`)
  }
}
