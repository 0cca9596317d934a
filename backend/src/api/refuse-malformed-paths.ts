import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

/**
 * A NUL byte (%00) in an id reached PostgreSQL ("invalid message format") and a
 * broken %-escape failed Express's parameter decoding: both answered 500. No
 * resource has such a name, so the request is refused before any route runs.
 */
export function refuseMalformedPath(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const rawPath = (req.originalUrl ?? req.url).split("?")[0]
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    res.status(400).json({ type: "invalid_data", message: "The address has a malformed %-escape: check the link." })
    return
  }
  if (CONTROL_CHARACTER.test(path)) {
    res.status(400).json({ type: "invalid_data", message: "The address contains a control character (such as %00): check the link." })
    return
  }
  next()
}

// "/" without methods: Medusa sorts it before every other middleware, and Express
// matches it as a prefix of every path without decoding parameters (which would fail first).
export const malformedPathRoutes: MiddlewareRoute[] = [{ matcher: "/", middlewares: [refuseMalformedPath] }]
