/** The storefront's checkout page, as a shopper fills it in. */
import type { Page } from "playwright-core"
import { eventually } from "./browser"

export type TypedAddress = { firstName: string; lastName: string; line1: string; postalCode: string; city: string }

export const CAMILLE_IN_LYON: TypedAddress = { firstName: "Camille", lastName: "Martin", line1: "12 rue de la Paix", postalCode: "69001", city: "Lyon" }

export async function expectText(locator: ReturnType<Page["locator"]>, pattern: RegExp) {
  await eventually(async () => {
    expect(await locator.innerText()).toMatch(pattern)
  })
}

/** A French address in the address step, then on to the delivery step. */
export async function fillFrenchAddress(page: Page, address: TypedAddress = CAMILLE_IN_LYON) {
  await page.getByLabel("Country").selectOption("fr")
  await page.getByLabel("First name").fill(address.firstName)
  await page.getByLabel("Last name").fill(address.lastName)
  await page.getByLabel("Address line 1").fill(address.line1)
  await page.getByLabel("Postal code").fill(address.postalCode)
  await page.getByLabel("Town or city").fill(address.city)
  await page.getByRole("button", { name: "Continue to delivery" }).click()
}

/** The review step's "I accept the terms of sale" box (shop-content), when the shop has published terms. */
export async function acceptTerms(page: Page) {
  const box = page.getByLabel(/I have read and accept the terms of sale/)
  if ((await box.count()) > 0) await box.check()
}
