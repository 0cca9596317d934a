import { chromium, type Browser, type Page } from "playwright-core"

/**
 * Debian's Chromium, headless. The background-networking flags keep it from
 * calling out to Google's services, which this machine cannot reach.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
}

export const storefrontUrl = (path = "/") => new URL(path, process.env.E2E_STOREFRONT_URL).toString()

/** Fails the test on any error the page logs or throws. */
export function watchForPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(error.message))
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()))
  return errors
}

/** Retries `assertion` (which throws while unmet) until it passes or `timeoutMs` runs out. */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await assertion()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
