import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaService } from "@medusajs/framework/utils"
import { PickupEvent } from "./models/pickup-event"
import { PickupOrder } from "./models/pickup-order"

export type AttemptLimit = { max: number; windowMinutes: number }

class PickupModuleService extends MedusaService({ PickupOrder, PickupEvent }) {
  protected readonly manager_: SqlEntityManager

  constructor(container: { manager: SqlEntityManager }) {
    // @ts-ignore MedusaService takes the module's container as it is
    super(...arguments)
    this.manager_ = container.manager
  }

  /**
   * Counts one proof checked at the till, if the limit allows it: the attempt
   * number, or null when `max` proofs were already checked in the window. One
   * conditional UPDATE, so concurrent requests cannot all read "below the limit"
   * and all go on to compare codes: PostgreSQL re-checks the WHERE of a waiting
   * update against the row the first one wrote.
   */
  async claimCodeAttempt(pickupId: string, { max, windowMinutes }: AttemptLimit): Promise<number | null> {
    const windowOver = `(code_attempts_since is null or code_attempts_since <= now() - make_interval(mins => ?))`
    const rows: { code_attempts: number }[] = await this.manager_.execute(
      `update pickup_order
          set code_attempts = case when ${windowOver} then 1 else code_attempts + 1 end,
              code_attempts_since = case when ${windowOver} then now() else code_attempts_since end
        where id = ? and deleted_at is null and (code_attempts < ? or ${windowOver})
        returning code_attempts`,
      [windowMinutes, windowMinutes, pickupId, max, windowMinutes],
    )
    return rows[0]?.code_attempts ?? null
  }
}

export default PickupModuleService
