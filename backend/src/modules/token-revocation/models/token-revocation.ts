import { model } from "@medusajs/framework/utils"

/**
 * Medusa's JWTs and sessions are stateless: this row is what makes them end. Every
 * token or session of the auth identity issued before `tokens_valid_after` is refused
 * (its password was reset or changed).
 */
export const TokenRevocation = model.define("token_revocation", {
  id: model.id({ prefix: "trev" }).primaryKey(),
  auth_identity_id: model.text().unique(),
  tokens_valid_after: model.dateTime(),
})
