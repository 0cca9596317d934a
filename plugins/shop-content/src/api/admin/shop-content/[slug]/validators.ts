import { z } from "@medusajs/framework/zod"

export const AdminSaveContentDraft = z
  .object({
    title: z.string().trim().min(1, "Give the document a title").max(200),
    body: z.string().trim().min(1, "Write the document's text").max(100_000, "The text is too long (100,000 characters at most)"),
  })
  .strict()

export type AdminSaveContentDraftType = z.infer<typeof AdminSaveContentDraft>
