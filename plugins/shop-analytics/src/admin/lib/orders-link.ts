/** Where the admin is served (`/app`), from the current page's address. */
export const adminBase = () => (typeof window === "undefined" ? "/app" : window.location.pathname.replace(/\/(performance|promotions|orders)(\/.*)?$/, "")) || "/app"

/** The Performance › Orders page listing the orders behind a figure: same period and filters, plus the figure's own. */
export function ordersLink(query: URLSearchParams | null, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(query ?? undefined)
  params.delete("compare")
  for (const [name, value] of Object.entries(extra)) params.set(name, value)
  return `${adminBase()}/performance/orders?${params}`
}
