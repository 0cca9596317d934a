import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Version = { id: string; version: number; title: string; body?: string; published_at: string | null }
type Doc = { slug: string; name: string; published: Version | null; draft: Version | null; versions: Version[] }
type Message = { id: string; name: string; email: string; topic: string; order_reference: string | null; message: string; created_at: string }

const send = async <T,>(path: string, init?: RequestInit): Promise<T> => {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(body.message ?? `${path} answered ${response.status}`)
  return body
}

const DocumentEditor = ({ doc, onChange }: { doc: Doc; onChange: () => void }) => {
  const start = doc.draft ?? doc.published
  const [title, setTitle] = useState(start?.title ?? doc.name)
  const [body, setBody] = useState(start?.body ?? "")
  const [status, setStatus] = useState<string | null>(null)
  const save = async () => {
    try {
      await send(`/admin/shop-content/${doc.slug}`, { method: "POST", body: JSON.stringify({ title, body }) })
      setStatus("Draft saved.")
      onChange()
    } catch (error) {
      setStatus((error as Error).message)
    }
  }
  const publish = async () => {
    try {
      await send(`/admin/shop-content/${doc.slug}/publish`, { method: "POST" })
      setStatus("Published.")
      onChange()
    } catch (error) {
      setStatus((error as Error).message)
    }
  }
  return (
    <Container className="flex flex-col gap-y-3 p-6">
      <div className="flex items-center gap-x-2">
        <Heading level="h2">{doc.name}</Heading>
        {doc.published && <Badge color="green">v{doc.published.version} published {new Date(doc.published.published_at!).toLocaleDateString()}</Badge>}
        {doc.draft && <Badge color="orange">draft v{doc.draft.version}</Badge>}
        {!doc.published && <Badge color="grey">not published</Badge>}
      </div>
      {doc.slug === "terms" && (
        <Text size="small">Publishing a new version of the terms makes checkout ask every shopper to accept it.</Text>
      )}
      <Label htmlFor={`${doc.slug}-title`}>Title</Label>
      <Input id={`${doc.slug}-title`} value={title} onChange={(event) => setTitle(event.target.value)} />
      <Label htmlFor={`${doc.slug}-body`}>Text (Markdown: # headings, - lists, **bold**, [links](https://…))</Label>
      <Textarea id={`${doc.slug}-body`} rows={12} value={body} onChange={(event) => setBody(event.target.value)} />
      <div className="flex gap-x-2">
        <Button variant="secondary" onClick={save}>Save draft</Button>
        <Button onClick={publish} disabled={!doc.draft}>Publish draft</Button>
      </div>
      {status && <Text size="small">{status}</Text>}
    </Container>
  )
}

const ShopContentPage = () => {
  const [docs, setDocs] = useState<Doc[] | null>(null)
  const [messages, setMessages] = useState<Message[]>([])
  const [error, setError] = useState<string | null>(null)
  const load = () => {
    // Each editor starts from the draft's, else the published version's, full text.
    send<{ documents: Doc[] }>("/admin/shop-content").then(({ documents }) => setDocs(documents), (e) => setError(e.message))
    send<{ contact_messages: Message[] }>("/admin/contact-messages").then(({ contact_messages }) => setMessages(contact_messages), () => {})
  }
  useEffect(load, [])
  return (
    <div className="flex flex-col gap-y-4">
      <Container className="p-6">
        <Heading level="h1">Shop pages</Heading>
        <Text size="small">Terms of sale, privacy notice, legal notice and FAQ as shown on the shop. Each publication is a new version.</Text>
        {error && <Text className="text-ui-fg-error">{error}</Text>}
      </Container>
      {docs?.map((doc) => <DocumentEditor key={`${doc.slug}-${doc.draft?.version ?? doc.published?.version ?? 0}`} doc={doc} onChange={load} />)}
      <Container className="p-6">
        <Heading level="h2">Contact messages</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Received</Table.HeaderCell>
              <Table.HeaderCell>From</Table.HeaderCell>
              <Table.HeaderCell>Topic</Table.HeaderCell>
              <Table.HeaderCell>Message</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {messages.map((message) => (
              <Table.Row key={message.id}>
                <Table.Cell>{new Date(message.created_at).toLocaleString()}</Table.Cell>
                <Table.Cell>{message.name} &lt;{message.email}&gt;</Table.Cell>
                <Table.Cell>{message.topic}{message.order_reference ? ` (#${message.order_reference})` : ""}</Table.Cell>
                <Table.Cell className="whitespace-pre-wrap">{message.message}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Shop pages", icon: BookOpen })

export default ShopContentPage
