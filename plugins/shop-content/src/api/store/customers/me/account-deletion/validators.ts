import { z } from "@medusajs/framework/zod"

/** The customer types their e-mail to confirm: an account is not deleted by one stray click. */
export const StoreDeleteAccount = z.object({ confirm_email: z.string().trim().min(1, "Type your e-mail address to confirm") }).strict()

export type StoreDeleteAccountType = z.infer<typeof StoreDeleteAccount>
