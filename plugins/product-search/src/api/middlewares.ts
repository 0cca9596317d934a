import { configureStoreSearch, defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreSearchParams } from "./store/search/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/search", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchParams, {})] },
    // Medusa's POST /store/search (InstantSearch-compatible) may query the product index; it adds the
    // published-status and sales-channel filters itself from the index's fields.
    { matcher: "/store/search", methods: ["POST"], middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })] },
  ],
})
