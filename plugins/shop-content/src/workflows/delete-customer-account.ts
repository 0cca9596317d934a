import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { anonymiseCustomerStep } from "./steps/anonymise-customer"
import { anonymiseCustomerOrdersStep } from "./steps/anonymise-customer-orders"

export const deleteCustomerAccountWorkflowId = "delete-customer-account"

/**
 * A customer's "delete my account": orders kept for the accounts but anonymised, the
 * customer's personal data wiped, then Medusa removes the customer and its sign-in.
 */
export const deleteCustomerAccountWorkflow = createWorkflow(deleteCustomerAccountWorkflowId, (input: { customer_id: string }) => {
  const orders = anonymiseCustomerOrdersStep({ customer_id: input.customer_id })
  anonymiseCustomerStep({ customer_id: input.customer_id })
  removeCustomerAccountWorkflow.runAsStep({ input: { customerId: input.customer_id } })
  return new WorkflowResponse(orders)
})
