import { model } from "@medusajs/framework/utils"

/**
 * One version of one of the shop's documents (terms of sale, privacy notice, legal
 * notice, FAQ). A version is a draft until published; a published version is never
 * changed again: editing it starts the next version. The document in force is the
 * published version with the highest number.
 */
export const ContentDocument = model
  .define("content_document", {
    id: model.id({ prefix: "cdoc" }).primaryKey(),
    slug: model.text(),
    version: model.number(),
    title: model.text(),
    // Markdown; the storefront renders it escaped (no HTML passes through).
    body: model.text(),
    published_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["slug", "version"], unique: true, where: "deleted_at IS NULL" }])
