/**
 * `npm run analytics:rebuild`: recomputes every order's fact from Medusa's
 * orders, page by page in order id order. The cursor (last order done) is
 * saved after each page, so a run that stops resumes where it stopped; a
 * finished run's next call starts over. `--restart` ignores a saved cursor.
 * Prints `ANALYTICS_REBUILD_PROGRESS <done>/<total> <lines>` lines for the bar.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildSalesFacts } from "../lib/rebuild"

export default async function rebuildSalesFactsScript({ container, args }: ExecArgs) {
  const restart = (args ?? []).some((arg) => arg === "--restart" || arg === "restart")
  const result = await rebuildSalesFacts(container, {
    restart,
    onProgress: ({ done, total, lines }) => console.log(`ANALYTICS_REBUILD_PROGRESS ${done}/${total} ${lines}`),
  })
  console.log(
    `Rebuilt ${result.done} orders (${result.lines} lines) in ${(result.ms / 1000).toFixed(1)} s: ${Math.round(result.lines / Math.max(result.ms / 1000, 0.001))} lines/s${result.resumed ? " (resumed)" : ""}.`,
  )
}
