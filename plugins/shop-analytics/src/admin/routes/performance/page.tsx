import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Label, Switch, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { CohortHeatmap } from "../../components/cohort-heatmap"
import { type Column, DataTable } from "../../components/data-table"
import { KpiCards } from "../../components/kpi-cards"
import { RevenueChart } from "../../components/revenue-chart"
import { adminFetch } from "../../lib/admin-fetch"
import { count, euros, percent } from "../../lib/format"
import { ordersLink } from "../../lib/orders-link"
import type { Breakdown, Cohorts, Overview, PickupKpis, Pickups, PromotionPerformance, Promotions, Range, ReturnProduct, Returns } from "../../lib/types"

type Named = { id: string; name: string }
const CHANNEL_LABELS: Record<string, string> = { delivery: "Home delivery", click_and_collect: "Click & collect", store_sale: "Store sale" }

const day = (date: Date) => date.toISOString().slice(0, 10)
const addDays = (date: string, days: number) => day(new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000))

/** Twelve months up to the last order the read model holds (the demo history ends in 2011), else up to today. */
function defaultRange(range: Range | null) {
  const last = range?.last_order_at ? new Date(range.last_order_at) : new Date()
  const to = addDays(day(last), 1)
  return { from: addDays(to, -365), to }
}

/** An order count that opens the orders behind it. */
const OrdersCount = ({ value, href }: { value: number; href: string }) => (
  <a className="text-ui-fg-interactive" href={href}>
    {count(value)}
  </a>
)

const breakdownColumns = (label: string, nameOf: (key: string) => string, linkOf: (key: string) => string): Column<Breakdown>[] => [
  { header: label, cell: (row) => nameOf(row.key), csv: (row) => nameOf(row.key) },
  { header: "Orders", cell: (row) => <OrdersCount value={row.orders} href={linkOf(row.key)} />, csv: (row) => row.orders },
  { header: "Net revenue (EUR)", cell: (row) => euros(row.revenue), csv: (row) => row.revenue },
  { header: "Share of orders", cell: (row) => percent(row.share_of_orders), csv: (row) => row.share_of_orders },
  { header: "Share of revenue", cell: (row) => percent(row.share_of_revenue), csv: (row) => row.share_of_revenue },
]

const promotionColumns = (linkOf: (promotionId: string) => string): Column<PromotionPerformance>[] => [
  { header: "Promotion", cell: (row) => `${row.code ?? row.promotion_id}${row.is_automatic ? " (automatic)" : ""}`, csv: (row) => row.code },
  {
    header: "Status",
    cell: (row) => (row.limit_reached ? <Badge color="red">Limit reached</Badge> : <Badge color={row.status === "active" ? "green" : "grey"}>{row.status ?? "—"}</Badge>),
    csv: (row) => (row.limit_reached ? "limit_reached" : row.status),
  },
  { header: "Uses (budget)", cell: (row) => (row.budget ? `${row.budget.used}${row.budget.limit ? ` / ${row.budget.limit}` : ""}` : "—"), csv: (row) => row.budget?.used ?? null },
  { header: "Orders", cell: (row) => <OrdersCount value={row.orders} href={linkOf(row.promotion_id)} />, csv: (row) => row.orders },
  { header: "Net revenue", cell: (row) => euros(row.revenue), csv: (row) => row.revenue },
  { header: "Discount given", cell: (row) => euros(row.discount_given), csv: (row) => row.discount_given },
  { header: "New customers", cell: (row) => count(row.new_customers), csv: (row) => row.new_customers },
  { header: "Basket with", cell: (row) => euros(row.average_basket_with), csv: (row) => row.average_basket_with },
  { header: "Basket without", cell: (row) => euros(row.average_basket_without), csv: (row) => row.average_basket_without },
]

const minutes = (value: number | null) => (value === null ? "—" : value < 120 ? `${value} min` : `${(value / 60).toFixed(1)} h`)

const pickupColumns = (nameOf: (row: PickupKpis) => string): Column<PickupKpis>[] => [
  { header: "Store", cell: nameOf, csv: nameOf },
  { header: "Opened", cell: (row) => count(row.opened), csv: (row) => row.opened },
  { header: "Ready on time", cell: (row) => `${count(row.ready_on_time)} / ${count(row.ready)} (${percent(row.on_time_rate)})`, csv: (row) => row.ready_on_time },
  { header: "Collected", cell: (row) => count(row.collected), csv: (row) => row.collected },
  { header: "Expired", cell: (row) => count(row.expired), csv: (row) => row.expired },
  { header: "Not served", cell: (row) => count(row.not_served), csv: (row) => row.not_served },
  { header: "Median to ready", cell: (row) => minutes(row.median_minutes_to_ready), csv: (row) => row.median_minutes_to_ready },
  { header: "Median to collection", cell: (row) => minutes(row.median_minutes_to_collection), csv: (row) => row.median_minutes_to_collection },
]

const returnColumns: Column<ReturnProduct>[] = [
  { header: "Product", cell: (row) => row.title, csv: (row) => row.title },
  { header: "Units sold", cell: (row) => count(row.units), csv: (row) => row.units },
  { header: "Returned", cell: (row) => count(row.returned_units), csv: (row) => row.returned_units },
  { header: "Return rate", cell: (row) => percent(row.return_rate), csv: (row) => row.return_rate },
]

/** Marketing's view of the shop: KPIs of a period against the previous one, by channel, store, region and promotion. */
const PerformancePage = () => {
  const [range, setRange] = useState<Range | null>(null)
  const [filters, setFilters] = useState<{ from: string; to: string; compare: boolean; channel: string; store: string; region: string } | null>(null)
  const [overview, setOverview] = useState<Overview | null>(null)
  const [cohorts, setCohorts] = useState<Cohorts | null>(null)
  const [promotions, setPromotions] = useState<Promotions | null>(null)
  const [pickups, setPickups] = useState<Pickups | null>(null)
  const [returns, setReturns] = useState<Returns | null>(null)
  const [stores, setStores] = useState<Named[]>([])
  const [regions, setRegions] = useState<Named[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    adminFetch<Range>("/admin/analytics/range")
      .then((answer) => {
        setRange(answer)
        setFilters({ ...defaultRange(answer), compare: true, channel: "", store: "", region: "" })
      })
      .catch((e: Error) => setError(e.message))
    adminFetch<{ stock_locations: Named[] }>("/admin/stock-locations?fields=id,name&limit=100").then(({ stock_locations }) => setStores(stock_locations), () => {})
    adminFetch<{ regions: Named[] }>("/admin/regions?fields=id,name&limit=100").then(({ regions }) => setRegions(regions), () => {})
  }, [])

  const query = useMemo(() => {
    if (!filters) return null
    const params = new URLSearchParams({ from: filters.from, to: filters.to })
    if (filters.channel) params.set("channel", filters.channel)
    if (filters.store) params.set("store", filters.store)
    if (filters.region) params.set("region", filters.region)
    return params
  }, [filters])

  useEffect(() => {
    if (!query || !filters) return
    setError(null)
    const withCompare = new URLSearchParams(query)
    withCompare.set("compare", filters.compare ? "previous" : "none")
    Promise.all([
      adminFetch<Overview>(`/admin/analytics/overview?${withCompare}`),
      adminFetch<Cohorts>(`/admin/analytics/cohorts?${query}`),
      adminFetch<Promotions>(`/admin/analytics/promotions?${query}`),
    ])
      .then(([overview, cohorts, promotions]) => {
        setOverview(overview)
        setCohorts(cohorts)
        setPromotions(promotions)
      })
      .catch((e: Error) => setError(e.message))
    // Secondary tables: a failure there leaves the main figures shown.
    const pickupQuery = new URLSearchParams({ from: query.get("from")!, to: query.get("to")! })
    if (query.get("store")) pickupQuery.set("store", query.get("store")!)
    adminFetch<Pickups>(`/admin/analytics/pickups?${pickupQuery}`).then(setPickups, () => setPickups(null))
    adminFetch<Returns>(`/admin/analytics/returns?${query}`).then(setReturns, () => setReturns(null))
  }, [query, filters?.compare])

  const storeName = (id: string) => stores.find((store) => store.id === id)?.name ?? id
  const regionName = (id: string) => (id === "none" ? "No region (imported history)" : regions.find((region) => region.id === id)?.name ?? id)
  const set = (patch: Partial<NonNullable<typeof filters>>) => setFilters((current) => (current ? { ...current, ...patch } : current))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-end gap-4 p-4">
        <div className="mr-auto">
          <Heading level="h1">Performance</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Net of tax, discounts and refunds, in EUR (other currencies at the plugin's rate table).
            {range?.imported_orders ? ` Includes ${count(range.imported_orders)} imported historical orders.` : ""}
          </Text>
        </div>
        {filters && (
          <>
            <div>
              <Label size="xsmall">From</Label>
              <Input type="date" size="small" value={filters.from} onChange={(e) => e.target.value && set({ from: e.target.value })} data-testid="filter-from" />
            </div>
            <div>
              <Label size="xsmall">To (excluded)</Label>
              <Input type="date" size="small" value={filters.to} onChange={(e) => e.target.value && set({ to: e.target.value })} data-testid="filter-to" />
            </div>
            <div>
              <Label size="xsmall">Channel</Label>
              <select className="txt-compact-small block rounded-md border px-2 py-1.5" value={filters.channel} onChange={(e) => set({ channel: e.target.value })} data-testid="filter-channel">
                <option value="">All channels</option>
                {Object.entries(CHANNEL_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <Label size="xsmall">Store</Label>
              <select className="txt-compact-small block rounded-md border px-2 py-1.5" value={filters.store} onChange={(e) => set({ store: e.target.value })}>
                <option value="">All stores</option>
                {stores.map((store) => (
                  <option key={store.id} value={store.id}>
                    {store.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <Label size="xsmall">Region</Label>
              <select className="txt-compact-small block rounded-md border px-2 py-1.5" value={filters.region} onChange={(e) => set({ region: e.target.value })}>
                <option value="">All regions</option>
                {regions.map((region) => (
                  <option key={region.id} value={region.id}>
                    {region.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex items-center gap-2">
              <Switch id="compare" checked={filters.compare} onCheckedChange={(compare) => set({ compare })} />
              <Label htmlFor="compare" size="xsmall">
                Compare with previous period
              </Label>
            </div>
          </>
        )}
      </Container>
      {error && (
        <Container className="p-4">
          <Text className="text-ui-fg-error">{error}</Text>
        </Container>
      )}
      {overview && (
        <>
          <KpiCards overview={overview} />
          <Container className="px-4 py-2">
            <a className="txt-compact-small text-ui-fg-interactive" href={ordersLink(query)} data-testid="orders-link">
              See the {count(overview.kpis.orders)} orders behind these figures
            </a>
          </Container>
          <RevenueChart overview={overview} />
          <DataTable title="By channel" rows={overview.kpis.by_channel} columns={breakdownColumns("Channel", (key) => CHANNEL_LABELS[key] ?? key, (key) => ordersLink(query, { channel: key }))} filename="revenue-by-channel.csv" testId="by-channel" />
          <DataTable title="By store (click & collect and store sales)" rows={overview.kpis.by_store} columns={breakdownColumns("Store", storeName, (key) => ordersLink(query, { store: key }))} filename="revenue-by-store.csv" testId="by-store" />
          <DataTable title="By region" rows={overview.kpis.by_region} columns={breakdownColumns("Region", regionName, (key) => ordersLink(query, { region: key }))} filename="revenue-by-region.csv" testId="by-region" />
        </>
      )}
      {cohorts && <CohortHeatmap cohorts={cohorts} />}
      {pickups?.available && (
        <DataTable
          title={`Click & collect per store (pickups opened in the period: ${count(pickups.total.opened)}, ${percent(pickups.total.on_time_rate)} ready on time)`}
          rows={pickups.by_store}
          columns={pickupColumns((row) => row.name ?? storeName(row.key))}
          filename="pickups-by-store.csv"
          testId="pickups"
        />
      )}
      {returns && (
        <DataTable
          title={`Returns: ${percent(returns.return_rate)} of units, ${count(returns.orders_with_return)} orders with a return, ${euros(returns.refunded)} refunded`}
          rows={returns.by_product}
          columns={returnColumns}
          filename="returns-by-product.csv"
          testId="returns"
        />
      )}
      {promotions && <DataTable title="Promotions" rows={promotions.promotions} columns={promotionColumns((id) => ordersLink(query, { promotion: id }))} filename="promotions.csv" testId="promotions" />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Performance", icon: ChartBar })

export default PerformancePage
