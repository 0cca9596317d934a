import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminStockLocation, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type Settings = {
  enabled: boolean
  lead_time_hours: number
  ship_to_store_lead_time_hours: number
  hold_period_days: number
  instructions: string | null
}

const NUMBER_FIELDS = [
  ["lead_time_hours", "Ready in (hours) when in stock at the store"],
  ["ship_to_store_lead_time_hours", "Ready in (hours) when sent from the warehouse"],
  ["hold_period_days", "Held for (days) before it is cancelled"],
] as const

/** Location page: the store's click-and-collect settings (kept in the location's metadata). */
const LocationPickupSettings = ({ data: location }: DetailWidgetProps<AdminStockLocation>) => {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [saving, setSaving] = useState(false)
  const isStore = location.metadata?.kind === "store"

  useEffect(() => {
    if (isStore) {
      adminFetch<{ settings: Settings }>(`/admin/pickup-settings/${location.id}`).then(({ settings }) => setSettings(settings))
    }
  }, [location.id, isStore])

  if (!isStore || !settings) {
    return null
  }
  const save = async () => {
    setSaving(true)
    try {
      const { enabled, lead_time_hours, ship_to_store_lead_time_hours, hold_period_days, instructions } = settings
      const saved = await adminFetch<{ settings: Settings }>(`/admin/pickup-settings/${location.id}`, {
        method: "POST",
        body: { enabled, lead_time_hours, ship_to_store_lead_time_hours, hold_period_days, instructions: instructions || null },
      })
      setSettings(saved.settings)
      toast.success("Click & collect settings saved")
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <Heading level="h2">Click &amp; collect</Heading>
      <div className="flex items-center gap-x-2">
        <Switch id="pickup-enabled" checked={settings.enabled} onCheckedChange={(enabled) => setSettings({ ...settings, enabled })} />
        <Label htmlFor="pickup-enabled">Shoppers can collect orders here</Label>
      </div>
      {NUMBER_FIELDS.map(([key, label]) => (
        <div key={key} className="flex flex-col gap-y-1">
          <Label htmlFor={`pickup-${key}`}>{label}</Label>
          <Input
            id={`pickup-${key}`}
            type="number"
            min={key === "hold_period_days" ? 1 : 0}
            value={settings[key]}
            onChange={(event) => setSettings({ ...settings, [key]: Number(event.target.value) })}
          />
        </div>
      ))}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="pickup-instructions">Pickup instructions shown to shoppers</Label>
        <Textarea
          id="pickup-instructions"
          value={settings.instructions ?? ""}
          onChange={(event) => setSettings({ ...settings, instructions: event.target.value })}
        />
      </div>
      <Text size="small" className="text-ui-fg-subtle">Opening hours come from the location's metadata.opening_hours.</Text>
      <div>
        <Button size="small" onClick={save} isLoading={saving}>Save</Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "location.details.after" })

export default LocationPickupSettings
