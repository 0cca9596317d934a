import type { MedusaContainer } from "@medusajs/framework/types"
import { listStores, type StoreSummary } from "../../../lib/stores"

export type StaffMemberRecord = {
  id: string
  first_name: string
  last_name: string
  email: string
  store_location_ids: string[]
  status: "active" | "removed"
  removed_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

/** A member as the admin and the staff themselves see them: their stores with names. */
export type StaffMemberResponse = StaffMemberRecord & { stores: StoreSummary[] }

export async function withStores(container: MedusaContainer, members: StaffMemberRecord[]): Promise<StaffMemberResponse[]> {
  const stores = await listStores(container, [...new Set(members.flatMap((member) => member.store_location_ids))])
  return members.map((member) => ({
    ...member,
    stores: member.store_location_ids.flatMap((id) => stores.filter((store) => store.id === id)),
  }))
}
