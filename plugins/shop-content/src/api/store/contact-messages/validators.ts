import { z } from "@medusajs/framework/zod"

export const CONTACT_TOPICS = ["order", "product", "returns", "stores", "privacy", "other"] as const

export const StoreCreateContactMessage = z
  .object({
    name: z.string().trim().min(1, "Give your name").max(200, "Your name is too long (200 characters at most)"),
    email: z.string().trim().max(320).email("Give an e-mail address we can answer to"),
    topic: z.enum(CONTACT_TOPICS).default("other"),
    order_reference: z.string().trim().max(40, "An order number is at most 40 characters").optional().nullable(),
    message: z.string().trim().min(10, "Write your message (10 characters at least)").max(5000, "Your message is too long (5,000 characters at most)"),
  })
  .strict()

export type StoreCreateContactMessageType = z.infer<typeof StoreCreateContactMessage>
