import type { Browser, BrowserContext, Page } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { waitForInboxEmail } from "../helpers/mail-inbox"
import { acceptTerms, expectText, fillFrenchAddress } from "../helpers/checkout-page"

/** An iPhone-sized screen: the checkout must work there. */
const PHONE = { width: 390, height: 844 }

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A product page whose chosen variant can go in the cart; tries the listing's products in turn. */
async function openInStockProduct(page: Page): Promise<string> {
  await page.goto(storefrontUrl("/products"))
  const hrefs = await page.locator('main a[href^="/products/"]').evaluateAll((links) =>
    [...new Set(links.map((link) => link.getAttribute("href")!))],
  )
  for (const href of hrefs) {
    await page.goto(storefrontUrl(href))
    const addButton = page.locator("main form[data-add-to-cart] button[type=submit]").first()
    if ((await addButton.count()) > 0 && (await addButton.isEnabled())) {
      return (await page.locator("h1").innerText()).trim()
    }
  }
  throw new Error("No product in the listing can be added to the cart")
}

/** Adds one, and waits for the shop's answer: the message beside the button, or the cart page without JavaScript. */
async function addInStockProductToCart(page: Page, { javaScript = true } = {}): Promise<string> {
  const title = await openInStockProduct(page)
  await page.locator("main form[data-add-to-cart] button[type=submit]").first().click()
  if (javaScript) {
    await expectText(page.locator("main form[data-add-to-cart] [role=status]").first(), /Added .* to your cart/)
  } else {
    await page.waitForURL(/\/cart$/)
  }
  return title
}

/** Email, a French address, Standard delivery and the test payment: the review step is open. */
async function fillCheckoutUpToReview(page: Page, email = "camille.martin@example.com") {
  await page.getByLabel("Email address").fill(email)
  await page.getByRole("button", { name: "Continue to address" }).click()

  await fillFrenchAddress(page)

  await page.getByRole("group", { name: "Home delivery" }).getByLabel(/Standard delivery/).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()

  await expectText(page.locator("#step-payment"), /Test payment — no money is taken/)
  await page.getByRole("button", { name: "Continue to review" }).click()
  await expectText(page.locator("#step-review"), /Total to pay/)
}

async function newShopper(options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options)
  return { context, page: await context.newPage() }
}

const moneyIn = (text: string) => text.match(/€\s?\d+[.,]\d{2}/)?.[0]

describe("buying as a guest", () => {
  it("goes from a product to the order confirmation on a phone", async () => {
    const { context, page } = await newShopper({ viewport: PHONE })
    const errors = watchForPageErrors(page)

    const title = await addInStockProductToCart(page)
    await expectText(page.locator("[data-cart-count]").first(), /^1$/)

    await page.locator("header a[href='/cart']").first().click()
    await page.waitForURL(/\/cart$/)
    expect(await page.locator("main").innerText()).toContain(title)
    await page.getByRole("link", { name: "Go to checkout" }).click()
    await page.waitForURL(/\/checkout/)

    const shopperEmail = `guest-${Date.now()}@example.com`
    await fillCheckoutUpToReview(page, shopperEmail)
    const total = moneyIn(await page.locator("#step-review").innerText())
    expect(total).toBeDefined()
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)

    await acceptTerms(page)
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/confirmed\//)
    const confirmation = await page.locator("main").innerText()
    expect(confirmation).toMatch(/Thank you for your order/)
    expect(await page.locator("[data-order-number]").innerText()).toMatch(/^#\d+$/)
    expect(confirmation).toContain(total!)
    expect(confirmation).toContain(title)

    // The confirmation e-mail is in the shopper's inbox (the mail catcher), as HTML and text.
    const orderNumber = (await page.locator("[data-order-number]").innerText()).trim()
    const email = await waitForInboxEmail(shopperEmail, new RegExp(`^Thank you for your order ${orderNumber}$`))
    expect(email.html).toMatch(/<!DOCTYPE html/i)
    expect(email.text).toContain(title)
    const amount = total!.replace(/[^\d.,]/g, "").replace(",", ".")
    expect(email.text).toMatch(new RegExp(`Total paid\\s+€${amount.replace(".", "\\.")}`))
    expect(email.text).toContain("Delivery to")

    // The cart is spent: the header shows an empty cart again.
    await page.goto(storefrontUrl("/cart"))
    expect(await page.locator("main").innerText()).toMatch(/Your cart is empty/)
    expect(errors).toEqual([])
    await context.close()
  })

  it("works without JavaScript, every step being a form", async () => {
    const { context, page } = await newShopper({ javaScriptEnabled: false })
    // Without JavaScript the form posts and the shop answers with the cart page.
    const title = await addInStockProductToCart(page, { javaScript: false })
    expect(await page.locator("main").innerText()).toContain(`Added ${title} to your cart.`)

    await page.getByRole("link", { name: "Go to checkout" }).click()
    await fillCheckoutUpToReview(page, "no-script@example.com")
    await acceptTerms(page)
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/confirmed\//)
    expect(await page.locator("[data-order-number]").innerText()).toMatch(/^#\d+$/)
    await context.close()
  })

  it("explains each address problem next to its field", async () => {
    const { context, page } = await newShopper()
    await addInStockProductToCart(page)
    await page.goto(storefrontUrl("/checkout"))
    await page.getByLabel("Email address").fill("camille.martin@example.com")
    await page.getByRole("button", { name: "Continue to address" }).click()
    await page.getByLabel("Country").selectOption("fr")
    await page.getByLabel("Postal code").fill("123")
    await page.getByRole("button", { name: "Continue to delivery" }).click()

    const postcode = page.getByLabel("Postal code")
    await eventually(async () => expect(await postcode.getAttribute("aria-invalid")).toBe("true"))
    const describedBy = (await postcode.getAttribute("aria-describedby")) ?? ""
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).innerText()).toMatch(/postcode/i)
    expect(await page.getByRole("alert").first().innerText()).toMatch(/Enter the first name/)
    expect(await page.locator("main").innerText()).not.toMatch(/at \w+ \(|Error:.*\.ts/)
    await context.close()
  })
})

describe("promo codes", () => {
  it("applies WELCOME10 in the checkout and shows the discount", async () => {
    const { context, page } = await newShopper()
    await addInStockProductToCart(page)
    await page.goto(storefrontUrl("/checkout"))
    const summary = page.locator("aside")
    const totalBefore = moneyIn(await summary.locator("[data-cart-total]").innerText())

    await summary.getByLabel("Promo code").fill("WELCOME10")
    await summary.getByRole("button", { name: "Apply" }).click()

    await expectText(summary, /Discount/)
    expect(await summary.innerText()).toContain("WELCOME10")
    const totalAfter = moneyIn(await summary.locator("[data-cart-total]").innerText())
    expect(totalAfter).not.toEqual(totalBefore)
    await context.close()
  })

  it("says why a code cannot be used, next to the field", async () => {
    const { context, page } = await newShopper()
    await addInStockProductToCart(page)
    await page.goto(storefrontUrl("/cart"))
    await page.getByLabel("Promo code").fill("NOT-A-REAL-CODE")
    await page.getByRole("button", { name: "Apply" }).click()
    const field = page.getByLabel("Promo code")
    await eventually(async () => expect(await field.getAttribute("aria-invalid")).toBe("true"))
    expect(await page.locator("#promo-code-error").innerText()).toMatch(/^This code can't be used: /)
    await context.close()
  })
})
