import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"

// The order, its reservations and the cart's completion are written; the payment is not
// authorised yet. A crash here is what leaves an order without payment (see
// workflows/settle-unpaid-cart-order.ts for how it is finished or released).
// Medusa declares this hook without exporting its type (only `validate` is typed).
const hooks = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & { beforePaymentAuthorization: (handler: () => void) => void }
hooks.beforePaymentAuthorization(() => {
  crashPoint("checkout.complete.before-payment-authorization")
})
