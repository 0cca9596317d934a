import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminUser, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Checkbox, Container, Heading, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type Store = { id: string; name: string }

/**
 * User page: the stores this person works at (metadata.store_location_ids),
 * which decides the pickups and returns they see on the /staff screens.
 */
const UserStaffStores = ({ data: user }: DetailWidgetProps<AdminUser>) => {
  const [stores, setStores] = useState<Store[]>([])
  const [chosen, setChosen] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    adminFetch<{ stores: Store[]; location_ids: string[] }>(`/admin/staff-stores/${user.id}`).then((data) => {
      setStores(data.stores)
      setChosen(data.location_ids)
    })
  }, [user.id])

  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((other) => other !== id))
  const save = async () => {
    setSaving(true)
    try {
      const saved = await adminFetch<{ location_ids: string[] }>(`/admin/staff-stores/${user.id}`, {
        method: "POST",
        body: { location_ids: chosen },
      })
      setChosen(saved.location_ids)
      toast.success("Stores saved")
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Works at</Heading>
      <Text size="small" className="text-ui-fg-subtle">The store screens (/staff) show this person the pickups and returns of these stores only.</Text>
      {stores.map((store) => (
        <div key={store.id} className="flex items-center gap-x-2">
          <Checkbox id={`store-${store.id}`} checked={chosen.includes(store.id)} onCheckedChange={(on) => toggle(store.id, on === true)} />
          <Label htmlFor={`store-${store.id}`}>{store.name}</Label>
        </div>
      ))}
      <div>
        <Button size="small" onClick={save} isLoading={saving}>Save</Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "user.details.after" })

export default UserStaffStores
