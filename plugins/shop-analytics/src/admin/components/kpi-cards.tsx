import { Container, Text } from "@medusajs/ui"
import { count, euros, percent, signedPercent } from "../lib/format"
import type { Overview } from "../lib/types"

type Card = { label: string; value: string; change?: number | null; testId: string }

/** The headline figures, each with its change against the previous period when compared. */
export function KpiCards({ overview }: { overview: Overview }) {
  const { kpis, comparison, conversion } = overview
  const cards: Card[] = [
    { label: "Net revenue", value: euros(kpis.revenue), change: comparison?.change.revenue, testId: "kpi-revenue" },
    { label: "Orders", value: count(kpis.orders), change: comparison?.change.orders, testId: "kpi-orders" },
    { label: "Units", value: count(kpis.units), change: comparison?.change.units, testId: "kpi-units" },
    { label: "Average basket", value: euros(kpis.average_basket), change: comparison?.change.average_basket, testId: "kpi-basket" },
    { label: "Units per order", value: kpis.units_per_order === null ? "—" : String(kpis.units_per_order), change: comparison?.change.units_per_order, testId: "kpi-units-per-order" },
    { label: "Repeat-purchase rate", value: percent(kpis.repeat_purchase_rate), change: comparison?.change.repeat_purchase_rate, testId: "kpi-repeat" },
    { label: "New customers", value: `${count(kpis.new_customers)} · ${euros(kpis.new_customer_revenue)}`, testId: "kpi-new" },
    { label: "Returning customers", value: `${count(kpis.returning_customers)} · ${euros(kpis.returning_customer_revenue)}`, testId: "kpi-returning" },
    { label: "Click & collect share", value: percent(kpis.click_and_collect_share), testId: "kpi-cc-share" },
    {
      label: "Conversion rate",
      value: conversion.available ? percent(conversion.rate, 2) : conversion.reason,
      testId: "kpi-conversion",
    },
  ]
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
      {cards.map((card) => (
        <Container key={card.label} className="p-4" data-testid={card.testId}>
          <Text size="small" className="text-ui-fg-subtle">
            {card.label}
          </Text>
          <Text size="xlarge" weight="plus" data-testid={`${card.testId}-value`}>
            {card.value}
          </Text>
          {card.change !== undefined && (
            <Text size="xsmall" className={card.change === null ? "text-ui-fg-muted" : card.change >= 0 ? "text-ui-fg-interactive" : "text-ui-fg-error"}>
              {signedPercent(card.change)} vs previous period
            </Text>
          )}
        </Container>
      ))}
    </div>
  )
}
