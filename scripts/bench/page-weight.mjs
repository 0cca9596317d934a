// Page weight for `npm run bench`: what a first visit downloads, measured in headless Chromium
// (Debian's) as transferred, i.e. compressed when the server compresses. Each page loads in a
// fresh browser context, so nothing comes from the cache; the JS budget is 30 KB per page.
import { chromium } from "playwright-core"

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

async function weigh(browser, url, prepare) {
  const context = await browser.newContext()
  await prepare?.(context)
  const page = await context.newPage()
  const responses = []
  page.on("response", (response) => responses.push(response))
  await page.goto(url, { waitUntil: "networkidle" })
  await page.mouse.wheel(0, 5000)
  await page.waitForLoadState("networkidle")
  let js = 0
  let html = 0
  for (const response of responses) {
    const type = response.request().resourceType()
    if (type !== "script" && type !== "document") continue
    const { responseBodySize } = await response.request().sizes()
    if (type === "script") js += responseBodySize
    else if (response.url() === page.url()) html = responseBodySize // the page itself, not a redirect to it
  }
  await context.close()
  return { kb_js_compressed: kb(js), kb_html_compressed: kb(html) }
}

/** Home, listing, product and cart (with one line in it): KB of JS and of HTML as sent. */
export async function measurePageWeight({ storefront, productHandle }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  try {
    const product = `${storefront}/products/${productHandle}`
    const rows = {
      home: await weigh(browser, `${storefront}/`),
      listing: await weigh(browser, `${storefront}/products`),
      product: await weigh(browser, product),
      cart: await weigh(browser, `${storefront}/cart`, async (context) => {
        const page = await context.newPage()
        await page.goto(product)
        await page.locator("form[data-add-to-cart] button[type=submit]").first().click()
        // The button submits in the background; the cart exists once its cookie is set.
        for (let tries = 0; tries < 60 && !(await context.cookies()).some((cookie) => cookie.name === "cart_id"); tries++) {
          await page.waitForTimeout(500)
        }
        await page.close()
      }),
    }
    console.log("Page weight (first visit, as transferred):")
    console.table(rows)
    return rows
  } finally {
    await browser.close()
  }
}
