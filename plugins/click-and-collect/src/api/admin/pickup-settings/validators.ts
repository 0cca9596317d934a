import { z } from "@medusajs/framework/zod"
import { timeZoneOf } from "../../../lib/opening-hours"

const hours = z.string().trim().max(40)

export const AdminUpdatePickupSettings = z
  .object({
    enabled: z.boolean(),
    lead_time_hours: z.number().int().min(0).max(720),
    ship_to_store_lead_time_hours: z.number().int().min(0).max(720),
    hold_period_days: z.number().int().min(1).max(60),
    instructions: z.string().trim().max(1000).nullable(),
    opening_hours: z
      .object({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: hours })
      .strict()
      .optional(),
    time_zone: z
      .string()
      .refine((zone) => timeZoneOf(zone, null) === zone, { message: "Use an IANA time zone such as Europe/Paris." })
      .optional(),
  })
  .strict()
export type AdminUpdatePickupSettingsType = z.infer<typeof AdminUpdatePickupSettings>
