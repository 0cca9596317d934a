import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * Medusa allows one handler per workflow hook, and several plugins need a say before a
 * cart becomes an order (the terms accepted, a promotion's once-per-customer limit…).
 * Each plugin adds its check here; shop-core registers the one `completeCartWorkflow`
 * validate hook that runs them all, in the order they were added. A check refuses by
 * throwing a MedusaError (its type decides the HTTP status), which stops the workflow
 * before the order and the payment.
 */
export type CartCompletionCheck = (
  input: { cart: unknown; input: unknown },
  context: { container: MedusaContainer },
) => Promise<void> | void

// On globalThis: a plugin's build and the app may load this file through different paths.
const REGISTRY = Symbol.for("fairmade.cart-completion-checks")
type Registry = Map<string, CartCompletionCheck>

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>
  holder[REGISTRY] ??= new Map()
  return holder[REGISTRY]
}

/** Adds (or, under the same name, replaces) a check run before every cart completion. */
export function addCartCompletionCheck(name: string, check: CartCompletionCheck): void {
  registry().set(name, check)
}

export async function runCartCompletionChecks(input: { cart: unknown; input: unknown }, context: { container: MedusaContainer }): Promise<void> {
  for (const check of registry().values()) await check(input, context)
}

export const cartCompletionCheckNames = (): string[] => [...registry().keys()]
