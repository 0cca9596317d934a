import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createContactMessageWorkflow } from "../../../workflows/create-contact-message"
import type { StoreCreateContactMessageType } from "./validators"

type Answer = { contact_message: { id: string; created_at: string } }

/** The contact form: stored, and e-mailed to the shop's inbox (rate-limited by the backend). */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateContactMessageType>, res: MedusaResponse<Answer>) {
  const body = req.validatedBody
  const { result } = await createContactMessageWorkflow(req.scope).run({
    input: {
      name: body.name,
      email: body.email,
      topic: body.topic,
      order_reference: body.order_reference || null,
      message: body.message,
      customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    },
  })
  res.status(201).json({ contact_message: { id: result.id, created_at: new Date(result.created_at).toISOString() } })
}
