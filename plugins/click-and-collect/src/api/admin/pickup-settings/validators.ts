import { z } from "@medusajs/framework/zod"
import { parseHours, timeZoneOf } from "../../../lib/opening-hours"

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`

/**
 * One day's hours: "closed", or opening and closing times ("10:00-19:00", any dash),
 * opening first; saved as "closed" or "10:00–19:00", the form the checkout reads.
 */
const hours = z
  .string()
  .trim()
  .max(40)
  .refine((text) => /^closed$/i.test(text) || parseHours(text) !== null, {
    message: 'Write the hours as opening–closing times, e.g. "10:00-19:00" (opening before closing), or "closed".',
  })
  .transform((text) => {
    const parsed = parseHours(text)
    return parsed ? `${clock(parsed.open)}–${clock(parsed.close)}` : "closed"
  })

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
      .nullable()
      .optional(),
    time_zone: z
      .string()
      .refine((zone) => timeZoneOf(zone, null) === zone, { message: "Use an IANA time zone such as Europe/Paris." })
      .optional(),
  })
  .strict()
export type AdminUpdatePickupSettingsType = z.infer<typeof AdminUpdatePickupSettings>
