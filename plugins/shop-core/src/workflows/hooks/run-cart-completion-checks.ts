import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { runCartCompletionChecks } from "../../lib/cart-completion-checks"

// The one validate handler Medusa allows on cart completion: it runs every plugin's check
// (lib/cart-completion-checks.ts). Plugins must not register their own.
completeCartWorkflow.hooks.validate(async ({ cart, input }, { container }) => {
  await runCartCompletionChecks({ cart, input }, { container })
})
