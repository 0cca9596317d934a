import { Container, Heading } from "@medusajs/ui"
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { Overview } from "../lib/types"

/** Net revenue and orders over time; the previous period drawn dashed on the same buckets. */
export function RevenueChart({ overview }: { overview: Overview }) {
  const previous = overview.comparison?.series ?? []
  const data = overview.series.map((point, index) => ({
    bucket: point.bucket,
    revenue: Number(point.revenue),
    orders: point.orders,
    previous_revenue: previous[index] ? Number(previous[index].revenue) : undefined,
  }))
  return (
    <Container className="p-4">
      <Heading level="h2" className="mb-4">
        Net revenue per {overview.granularity} (EUR)
      </Heading>
      <div style={{ width: "100%", height: 280 }}>
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="bucket" fontSize={11} />
            <YAxis yAxisId="revenue" fontSize={11} />
            <YAxis yAxisId="orders" orientation="right" fontSize={11} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line yAxisId="revenue" type="monotone" dataKey="revenue" name="Net revenue" stroke="#2563eb" dot={false} />
            {previous.length > 0 && (
              <Line yAxisId="revenue" type="monotone" dataKey="previous_revenue" name="Previous period" stroke="#94a3b8" strokeDasharray="4 4" dot={false} />
            )}
            <Line yAxisId="orders" type="monotone" dataKey="orders" name="Orders" stroke="#16a34a" dot={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Container>
  )
}
