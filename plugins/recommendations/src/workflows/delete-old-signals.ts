import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteOldSignalsStep, type DeleteOldSignalsInput } from "./steps/delete-old-signals"

/** One batch of the retention clean-up: signals older than the retention period are deleted. */
export const deleteOldSignalsWorkflow = createWorkflow("delete-old-recommendation-signals", (input: DeleteOldSignalsInput) => new WorkflowResponse(deleteOldSignalsStep(input)))
