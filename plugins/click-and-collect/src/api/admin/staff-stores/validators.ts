import { z } from "@medusajs/framework/zod"

export const AdminSetStaffStores = z.object({ location_ids: z.array(z.string().min(1)).max(50) }).strict()
export type AdminSetStaffStoresType = z.infer<typeof AdminSetStaffStores>
