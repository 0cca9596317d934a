import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type Store = { id: string; name: string }
type Member = { id: string; first_name: string; last_name: string; email: string; store_location_ids: string[]; stores: Store[] }

// Same-origin admin calls carry the admin session cookie.
async function call<T>(path: string, init?: { method?: "GET" | "POST" | "DELETE"; body?: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? "GET",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(data?.message ?? `${response.status} ${response.statusText}`)
  return data as T
}

/** Stores are the stock locations whose metadata.kind is "store". */
async function loadStores(): Promise<Store[]> {
  const { stock_locations } = await call<{ stock_locations: (Store & { metadata: Record<string, unknown> | null })[] }>(
    "/admin/stock-locations?limit=200&fields=id,name,metadata",
  )
  return stock_locations.filter((location) => location.metadata?.kind === "store").sort((a, b) => a.name.localeCompare(b.name))
}

const StoreChoice = ({ stores, chosen, onChange, idPrefix }: { stores: Store[]; chosen: string[]; onChange: (ids: string[]) => void; idPrefix: string }) => (
  <div className="flex flex-wrap gap-x-6 gap-y-2">
    {stores.map((store) => {
      const id = `${idPrefix}-${store.id}`
      const checked = chosen.includes(store.id)
      return (
        <div key={store.id} className="flex items-center gap-x-2">
          <Checkbox id={id} checked={checked} onCheckedChange={(value) => onChange(value ? [...chosen, store.id] : chosen.filter((x) => x !== store.id))} />
          <Label htmlFor={id}>{store.name}</Label>
        </div>
      )
    })}
  </div>
)

const emptyForm = { first_name: "", last_name: "", email: "", store_location_ids: [] as string[] }

const StoreStaffPage = () => {
  const [members, setMembers] = useState<Member[]>([])
  const [stores, setStores] = useState<Store[]>([])
  const [form, setForm] = useState(emptyForm)
  const [editing, setEditing] = useState<{ id: string; store_location_ids: string[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const prompt = usePrompt()

  const refresh = useCallback(async () => {
    const [{ staff_members }, allStores] = await Promise.all([call<{ staff_members: Member[] }>("/admin/store-staff"), loadStores()])
    setMembers(staff_members)
    setStores(allStores)
  }, [])

  useEffect(() => {
    refresh().catch((error) => toast.error(error.message))
  }, [refresh])

  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true)
    try {
      await action()
      toast.success(done)
      await refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const create = () =>
    run(async () => {
      await call("/admin/store-staff", { method: "POST", body: form })
      setForm(emptyForm)
    }, `Invitation sent to ${form.email}: they choose their password from the e-mail.`)

  const saveStores = () =>
    editing &&
    run(async () => {
      await call(`/admin/store-staff/${editing.id}`, { method: "POST", body: { store_location_ids: editing.store_location_ids } })
      setEditing(null)
    }, "Stores saved")

  const remove = async (member: Member) => {
    const confirmed = await prompt({
      title: `Remove ${member.first_name} ${member.last_name}?`,
      description: "They are signed out at once and can no longer sign in at /staff.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) await run(() => call(`/admin/store-staff/${member.id}`, { method: "DELETE" }).then(() => undefined), "Member removed")
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Store staff</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The people who prepare pickups and take returns at the stores. They sign in at the shop's /staff pages, never
            here, and see only the stores ticked for them.
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Works at</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>
                  {member.first_name} {member.last_name}
                </Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>
                  {editing?.id === member.id ? (
                    <div className="flex flex-col gap-y-2 py-2">
                      <StoreChoice
                        stores={stores}
                        chosen={editing.store_location_ids}
                        onChange={(ids) => setEditing({ id: member.id, store_location_ids: ids })}
                        idPrefix={`edit-${member.id}`}
                      />
                      <div className="flex gap-x-2">
                        <Button size="small" onClick={saveStores} isLoading={busy} disabled={!editing.store_location_ids.length}>
                          Save
                        </Button>
                        <Button size="small" variant="secondary" onClick={() => setEditing(null)}>
                          Cancel
                        </Button>
                      </div>
                    </div>
                  ) : (
                    <div className="flex flex-wrap gap-1">
                      {member.stores.map((store) => (
                        <Badge key={store.id} size="2xsmall">
                          {store.name}
                        </Badge>
                      ))}
                    </div>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-2">
                    <Button size="small" variant="secondary" onClick={() => setEditing({ id: member.id, store_location_ids: member.store_location_ids })}>
                      Edit stores
                    </Button>
                    <Button size="small" variant="danger" onClick={() => remove(member)} disabled={busy}>
                      Remove
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {members.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            No store staff yet.
          </Text>
        )}
      </Container>

      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <Heading level="h2">Add a member of staff</Heading>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {(["first_name", "last_name", "email"] as const).map((field) => (
            <div key={field} className="flex flex-col gap-y-1">
              <Label htmlFor={`new-${field}`}>{{ first_name: "First name", last_name: "Last name", email: "E-mail" }[field]}</Label>
              <Input
                id={`new-${field}`}
                type={field === "email" ? "email" : "text"}
                value={form[field]}
                onChange={(event) => setForm({ ...form, [field]: event.target.value })}
              />
            </div>
          ))}
        </div>
        <div className="flex flex-col gap-y-2">
          <Label>Works at</Label>
          <StoreChoice stores={stores} chosen={form.store_location_ids} onChange={(ids) => setForm({ ...form, store_location_ids: ids })} idPrefix="new" />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          They receive an e-mail to choose their password (the link is valid for 15 minutes; they can ask for a new one
          from the staff sign-in page).
        </Text>
        <div>
          <Button onClick={create} isLoading={busy} disabled={!form.email || !form.first_name || !form.last_name || !form.store_location_ids.length}>
            Add and send the invitation
          </Button>
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Store staff", icon: Users })

export default StoreStaffPage
