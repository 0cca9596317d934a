import { z } from "@medusajs/framework/zod"
import { parseHours, timeZoneOf } from "../../../lib/opening-hours"

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`

const DAYS = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" } as const
type Day = keyof typeof DAYS

const hours = z.string().trim().max(40)

/**
 * A week of hours: each day "closed", or opening and closing times ("10:00-19:00", any
 * dash), opening first; a wrong day is named in the 400. Saved as "closed" or
 * "10:00–19:00", the form the checkout reads.
 */
const weekHours = z
  .object({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: hours })
  .strict()
  .superRefine((week, ctx) => {
    for (const day of Object.keys(DAYS) as Day[]) {
      if (/^closed$/i.test(week[day]) || parseHours(week[day]) !== null) continue
      ctx.addIssue({
        code: "custom",
        path: [day],
        message: `${DAYS[day]}: write the hours as opening–closing times, e.g. "10:00-19:00" (opening before closing), or "closed".`,
      })
    }
  })
  .transform((week) => {
    const saved = {} as Record<Day, string>
    for (const day of Object.keys(DAYS) as Day[]) {
      const parsed = parseHours(week[day])
      saved[day] = parsed ? `${clock(parsed.open)}–${clock(parsed.close)}` : "closed"
    }
    return saved
  })

export const AdminUpdatePickupSettings = z
  .object({
    enabled: z.boolean(),
    lead_time_hours: z.number().int().min(0).max(720),
    ship_to_store_lead_time_hours: z.number().int().min(0).max(720),
    hold_period_days: z.number().int().min(1).max(60),
    instructions: z.string().trim().max(1000).nullable(),
    opening_hours: weekHours.nullable().optional(),
    time_zone: z
      .string()
      .refine((zone) => timeZoneOf(zone, null) === zone, { message: "Use an IANA time zone such as Europe/Paris." })
      .optional(),
  })
  .strict()
export type AdminUpdatePickupSettingsType = z.infer<typeof AdminUpdatePickupSettings>
