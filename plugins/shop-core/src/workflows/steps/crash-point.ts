import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { crashPoint } from "../../lib/crash-point"

export const crashPointStepId = "crash-point"

/**
 * A crash point between two steps of a workflow (see lib/crash-point): with
 * `FAIRMADE_CRASH_AT` naming it, the process dies here, after the previous step's
 * writes and before the next step's. Give each use its own step name:
 * `crashPointStep("returns.receive.after-medusa-receive").config({ name: "crash-after-medusa-receive" })`.
 */
export const crashPointStep = createStep(crashPointStepId, async (name: string) => {
  crashPoint(name)
  return new StepResponse(name)
})
