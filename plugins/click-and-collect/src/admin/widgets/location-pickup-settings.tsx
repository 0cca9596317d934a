import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminStockLocation, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"
import { DAYS, hoursOf, rowsOf, timeZoneChoices, type WeekRows } from "../lib/opening-hours-form"

type Settings = {
  enabled: boolean
  lead_time_hours: number
  ship_to_store_lead_time_hours: number
  hold_period_days: number
  instructions: string | null
  opening_hours: Record<string, string> | null
  time_zone: string
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
  const [week, setWeek] = useState<WeekRows>(rowsOf(null))
  const isStore = location.metadata?.kind === "store"

  useEffect(() => {
    if (isStore) {
      adminFetch<{ settings: Settings }>(`/admin/pickup-settings/${location.id}`).then(({ settings }) => {
        setSettings(settings)
        setWeek(rowsOf(settings.opening_hours))
      })
    }
  }, [location.id, isStore])

  if (!isStore || !settings) {
    return null
  }
  const save = async () => {
    setSaving(true)
    try {
      const { enabled, lead_time_hours, ship_to_store_lead_time_hours, hold_period_days, instructions, time_zone } = settings
      const saved = await adminFetch<{ settings: Settings }>(`/admin/pickup-settings/${location.id}`, {
        method: "POST",
        body: {
          enabled,
          lead_time_hours,
          ship_to_store_lead_time_hours,
          hold_period_days,
          instructions: instructions || null,
          opening_hours: hoursOf(week),
          time_zone,
        },
      })
      setSettings(saved.settings)
      setWeek(rowsOf(saved.settings.opening_hours))
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
      <fieldset className="flex flex-col gap-y-2">
        <legend className="txt-compact-small-plus mb-1">Opening hours</legend>
        {DAYS.map(([key, day]) => {
          const row = week[key]
          const update = (change: Partial<typeof row>) => setWeek({ ...week, [key]: { ...row, ...change } })
          return (
            <div key={key} className="grid grid-cols-[7rem_auto_1fr_1fr] items-center gap-x-3">
              <Text size="small" weight="plus">{day}</Text>
              <div className="flex items-center gap-x-2">
                <Switch id={`pickup-${key}-open`} checked={!row.closed} onCheckedChange={(open) => update({ closed: !open })} />
                <Label htmlFor={`pickup-${key}-open`} size="small">{row.closed ? "Closed" : "Open"}</Label>
              </div>
              <Input
                aria-label={`${day} opens at`}
                type="time"
                size="small"
                disabled={row.closed}
                value={row.opens}
                onChange={(event) => update({ opens: event.target.value })}
              />
              <Input
                aria-label={`${day} closes at`}
                type="time"
                size="small"
                disabled={row.closed}
                value={row.closes}
                onChange={(event) => update({ closes: event.target.value })}
              />
            </div>
          )
        })}
      </fieldset>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="pickup-time-zone">Time zone of these hours (and of every time staff and shoppers see for this store)</Label>
        <select
          id="pickup-time-zone"
          className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
          value={settings.time_zone}
          onChange={(event) => setSettings({ ...settings, time_zone: event.target.value })}
        >
          {timeZoneChoices(settings.time_zone).map((zone) => (
            <option key={zone} value={zone}>{zone.replace(/_/g, " ")}</option>
          ))}
        </select>
      </div>
      <div>
        <Button size="small" onClick={save} isLoading={saving}>Save</Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "location.details.after" })

export default LocationPickupSettings
