import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreSearchParams } from "./store/search/validators"

export default defineMiddlewares({
  routes: [{ matcher: "/store/search", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchParams, {})] }],
})
