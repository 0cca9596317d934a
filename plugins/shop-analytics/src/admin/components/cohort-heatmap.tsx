import { Button, Container, Heading, Text } from "@medusajs/ui"
import { downloadCsv } from "../lib/csv"
import { percent } from "../lib/format"
import type { Cohorts } from "../lib/types"

/** Blue as strong as the share of the cohort that came back in that month. */
const shade = (share: number | null) => (share === null ? "transparent" : `rgba(37, 99, 235, ${0.08 + share * 0.8})`)

export function CohortHeatmap({ cohorts }: { cohorts: Cohorts }) {
  const months = Array.from({ length: cohorts.months }, (_, n) => n)
  const exportCsv = () =>
    downloadCsv("retention-cohorts.csv", ["cohort", "customers", ...months.map((n) => `month_${n}`)], cohorts.cohorts.map((row) => [row.cohort, row.customers, ...row.retention]))
  return (
    <Container className="divide-y p-0" data-testid="cohorts">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Monthly retention cohorts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customers by the month of their first order; month n = share of them who ordered again n months later.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={exportCsv}>
          Export CSV
        </Button>
      </div>
      <div className="overflow-x-auto px-6 py-4">
        <table className="txt-compact-small w-full border-collapse">
          <thead>
            <tr>
              <th className="px-2 py-1 text-left">Cohort</th>
              <th className="px-2 py-1 text-right">Customers</th>
              {months.map((n) => (
                <th key={n} className="px-2 py-1 text-right">
                  M{n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.cohorts.map((row) => (
              <tr key={row.cohort} data-testid={`cohort-${row.cohort}`}>
                <td className="px-2 py-1">{row.cohort}</td>
                <td className="px-2 py-1 text-right">{row.customers}</td>
                {row.retention.map((share, n) => (
                  <td key={n} className="px-2 py-1 text-right" style={{ background: shade(share), color: share !== null && share > 0.55 ? "white" : undefined }}>
                    {share === null ? "" : percent(share, 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Container>
  )
}
