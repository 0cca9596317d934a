import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminPromotion, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Label, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type Limits = { once_per_customer: boolean; first_order_only: boolean }

/** Promotion page: once per customer (account and e-mail) and first order only, which Medusa lacks. */
const PromotionCustomerLimitsWidget = ({ data: promotion }: DetailWidgetProps<AdminPromotion>) => {
  const [limits, setLimits] = useState<Limits | null>(null)
  const [saved, setSaved] = useState<Limits | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const path = `/admin/promotions/${promotion.id}/customer-limits`
  useEffect(() => {
    adminFetch<{ limits: Limits }>(path)
      .then(({ limits }) => {
        setLimits(limits)
        setSaved(limits)
      })
      .catch((e: Error) => setMessage(e.message))
  }, [path])
  const save = async () => {
    if (!limits) return
    setBusy(true)
    setMessage(null)
    try {
      const answer = await adminFetch<{ limits: Limits }>(path, { method: "POST", body: limits })
      setSaved(answer.limits)
      setLimits(answer.limits)
      setMessage("Saved")
    } catch (e) {
      setMessage((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const changed = limits && saved && (limits.once_per_customer !== saved.once_per_customer || limits.first_order_only !== saved.first_order_only)
  return (
    <Container className="divide-y p-0" data-testid="promotion-customer-limits">
      <div className="px-6 py-4">
        <Heading level="h2">Customer limits</Heading>
        <Text size="small" className="text-ui-fg-subtle">A refused code tells the shopper why.</Text>
      </div>
      {limits && (
        <div className="flex flex-col gap-3 px-6 py-4">
          <div className="flex items-center gap-2">
            <Switch id="once-per-customer" checked={limits.once_per_customer} onCheckedChange={(value) => setLimits({ ...limits, once_per_customer: value })} />
            <Label htmlFor="once-per-customer">Once per customer (by account and e-mail)</Label>
          </div>
          <div className="flex items-center gap-2">
            <Switch id="first-order-only" checked={limits.first_order_only} onCheckedChange={(value) => setLimits({ ...limits, first_order_only: value })} />
            <Label htmlFor="first-order-only">First order only</Label>
          </div>
          <div className="flex items-center gap-3">
            <Button size="small" variant="secondary" disabled={!changed || busy} isLoading={busy} onClick={save}>
              Save limits
            </Button>
            {message && <Text size="small">{message}</Text>}
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "promotion.details.side.after" })

export default PromotionCustomerLimitsWidget
