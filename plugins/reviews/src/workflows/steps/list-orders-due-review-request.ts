import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ListOrdersDueInput = { delay_days: number; now: string; window_days: number }

export const listOrdersDueReviewRequestStepId = "list-orders-due-review-request"

const DAY = 24 * 3_600_000

/**
 * Orders delivered or collected between `delay_days + window_days` and `delay_days`
 * ago whose request e-mail has not gone yet. The window keeps a first run from
 * e-mailing the whole order history. Reads only.
 */
export const listOrdersDueReviewRequestStep = createStep(
  listOrdersDueReviewRequestStepId,
  async ({ delay_days, now, window_days }: ListOrdersDueInput, { container }) => {
    const latest = new Date(new Date(now).getTime() - delay_days * DAY)
    const earliest = new Date(latest.getTime() - window_days * DAY)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `select distinct received.order_id from (
          select p.order_id from pickup_order p
           where p.status = 'collected' and p.collected_at > ? and p.collected_at <= ? and p.deleted_at is null
          union
          select link.order_id from order_fulfillment link
            join fulfillment f on f.id = link.fulfillment_id
           where f.delivered_at > ? and f.delivered_at <= ? and f.canceled_at is null and f.deleted_at is null and link.deleted_at is null
        ) received
        join "order" o on o.id = received.order_id and o.deleted_at is null and o.status <> 'canceled'
       where not exists (select 1 from review_request r where r.order_id = received.order_id and r.deleted_at is null)
       order by received.order_id
       limit 500`,
      [earliest, latest, earliest, latest],
    )
    return new StepResponse((rows as { order_id: string }[]).map((row) => row.order_id))
  },
)
