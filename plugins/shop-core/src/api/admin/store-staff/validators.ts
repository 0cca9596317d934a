import { z } from "@medusajs/framework/zod"

const name = (what: string) => z.string().trim().min(1, `Give the member's ${what}.`).max(100)
const storeIds = z
  .array(z.string().trim().min(1))
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, "List each store once.")

export const AdminCreateStaffMember = z
  .object({
    first_name: name("first name"),
    last_name: name("last name"),
    email: z.string().trim().email("Give a valid e-mail address: the member signs in with it.").max(254),
    store_location_ids: storeIds.min(1, "Choose at least one store the member works at."),
  })
  .strict()
export type AdminCreateStaffMemberType = z.infer<typeof AdminCreateStaffMember>

export const AdminUpdateStaffMember = z
  .object({
    first_name: name("first name").optional(),
    last_name: name("last name").optional(),
    store_location_ids: storeIds.min(1, "A member works at one store at least; remove them instead.").optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Send first_name, last_name or store_location_ids.")
export type AdminUpdateStaffMemberType = z.infer<typeof AdminUpdateStaffMember>

export const AdminListStaffMembers = z
  .object({
    status: z.enum(["active", "removed"]).default("active"),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListStaffMembersType = z.infer<typeof AdminListStaffMembers>
