import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

/** `query.graph({ entity: "review", fields: ["product.title"] })`. Read-only: the review keeps the product id. */
export default defineLink(
  { linkable: ReviewModule.linkable.review, field: "product_id", isList: false },
  ProductModule.linkable.product,
  { readOnly: true },
)
