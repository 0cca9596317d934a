import { addCartCompletionCheck, cartCompletionCheckNames, runCartCompletionChecks } from "../cart-completion-checks"

const context = { container: {} as never }

describe("cart completion checks", () => {
  it("runs every plugin's check in the order added, a name added twice once, and stops at the first refusal", async () => {
    const ran: string[] = []
    addCartCompletionCheck("test-terms", () => void ran.push("terms"))
    addCartCompletionCheck("test-limits", () => void ran.push("limits (old)"))
    addCartCompletionCheck("test-limits", async ({ cart }) => {
      ran.push(`limits for ${(cart as { id: string }).id}`)
      throw new Error("FIRST50 was already used by this customer")
    })
    addCartCompletionCheck("test-after", () => void ran.push("after"))

    await expect(runCartCompletionChecks({ cart: { id: "cart_1" }, input: {} }, context)).rejects.toThrow("FIRST50 was already used")
    expect(ran).toEqual(["terms", "limits for cart_1"])
    expect(cartCompletionCheckNames()).toEqual(expect.arrayContaining(["test-terms", "test-limits", "test-after"]))
  })
})
