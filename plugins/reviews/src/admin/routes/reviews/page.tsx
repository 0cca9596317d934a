import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/admin-fetch"

type Status = "pending" | "approved" | "rejected" | "flagged"
type Review = {
  id: string
  rating: number
  title: string
  body: string
  author_name: string
  status: Status
  moderation_reason: string | null
  report_count: number
  created_at: string
  received_by: "delivery" | "collection"
  reply: { body: string; replied_at: string } | null
  product: { title: string } | null
}
type Dashboard = {
  status_counts: Record<Status, number>
  products: { product_id: string; title: string | null; count: number; average: number }[]
  months: { month: string; count: number; average: number }[]
  published: number
  answered: number
  share_answered: number | null
  time_to_answer_hours: { mean: number | null; median: number | null }
}

const STATUSES: Status[] = ["pending", "flagged", "approved", "rejected"]
const COLOR: Record<Status, "orange" | "red" | "green" | "grey"> = { pending: "orange", flagged: "red", approved: "green", rejected: "grey" }
const stars = (rating: number) => "★".repeat(rating) + "☆".repeat(5 - rating)

const ReviewRow = ({ review, onDone }: { review: Review; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [reply, setReply] = useState(review.reply?.body ?? "")
  const act = async (path: string, body: unknown = {}) => {
    try {
      await adminFetch(`/admin/reviews/${review.id}/${path}`, { method: "POST", body })
      toast.success("Saved")
      onDone()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <Table.Row>
      <Table.Cell className="align-top">
        <Text weight="plus">{review.product?.title ?? "—"}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {review.author_name} · {review.received_by === "collection" ? "collected" : "delivered"} · {new Date(review.created_at).toLocaleDateString()}
        </Text>
        {review.report_count > 0 && <Badge color="red">{review.report_count} report(s)</Badge>}
      </Table.Cell>
      <Table.Cell className="align-top whitespace-normal">
        <Text aria-label={`${review.rating} out of 5`}>{stars(review.rating)}</Text>
        <Text weight="plus">{review.title}</Text>
        {/* React escapes text: HTML in a review shows as text. */}
        <Text className="whitespace-pre-wrap">{review.body}</Text>
        {review.moderation_reason && <Text size="small" className="text-ui-fg-subtle">Reason: {review.moderation_reason}</Text>}
      </Table.Cell>
      <Table.Cell className="align-top">
        <Badge color={COLOR[review.status]}>{review.status}</Badge>
      </Table.Cell>
      <Table.Cell className="align-top min-w-[280px]">
        <div className="flex flex-wrap gap-2">
          {review.status !== "approved" && <Button size="small" onClick={() => act("approve")}>Approve</Button>}
          {review.status !== "flagged" && review.status !== "rejected" && (
            <Button size="small" variant="secondary" onClick={() => act("flag", reason ? { reason } : {})}>Flag</Button>
          )}
          {review.status !== "rejected" && (
            <Button size="small" variant="danger" disabled={reason.trim().length < 3} onClick={() => act("reject", { reason })}>Reject</Button>
          )}
        </div>
        <Input className="mt-2" size="small" placeholder="Reason (needed to reject)" value={reason} onChange={(event) => setReason(event.target.value)} />
        <Textarea className="mt-2" placeholder="Public reply from the producer" value={reply} onChange={(event) => setReply(event.target.value)} />
        <Button className="mt-2" size="small" variant="secondary" disabled={!reply.trim()} onClick={() => act("reply", { body: reply })}>
          {review.reply ? "Update reply" : "Publish reply"}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

const ReviewsPage = () => {
  const [status, setStatus] = useState<Status>("pending")
  const [reviews, setReviews] = useState<Review[]>([])
  const [dashboard, setDashboard] = useState<Dashboard | null>(null)

  const refresh = useCallback(async () => {
    try {
      const [queue, stats] = await Promise.all([
        adminFetch<{ reviews: Review[] }>(`/admin/reviews?status=${status}`),
        adminFetch<{ dashboard: Dashboard }>("/admin/reviews/dashboard"),
      ])
      setReviews(queue.reviews)
      setDashboard(stats.dashboard)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }, [status])

  useEffect(() => {
    refresh()
  }, [refresh])

  return (
    <div className="flex flex-col gap-y-4">
      <Container className="p-6">
        <Heading level="h1">Reviews</Heading>
        {dashboard && (
          <div className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
            <div><Text size="small" className="text-ui-fg-subtle">Published</Text><Text weight="plus">{dashboard.published}</Text></div>
            <div>
              <Text size="small" className="text-ui-fg-subtle">Answered</Text>
              <Text weight="plus">{dashboard.share_answered === null ? "—" : `${Math.round(dashboard.share_answered * 100)} %`}</Text>
            </div>
            <div>
              <Text size="small" className="text-ui-fg-subtle">Time to answer (median)</Text>
              <Text weight="plus">{dashboard.time_to_answer_hours.median === null ? "—" : `${dashboard.time_to_answer_hours.median} h`}</Text>
            </div>
            <div><Text size="small" className="text-ui-fg-subtle">Waiting</Text><Text weight="plus">{dashboard.status_counts.pending + dashboard.status_counts.flagged}</Text></div>
          </div>
        )}
      </Container>
      <Container className="p-0">
        <div className="flex gap-2 px-6 py-4">
          {STATUSES.map((candidate) => (
            <Button key={candidate} size="small" variant={candidate === status ? "primary" : "secondary"} onClick={() => setStatus(candidate)}>
              {candidate} {dashboard ? `(${dashboard.status_counts[candidate]})` : ""}
            </Button>
          ))}
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Review</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Moderation</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {reviews.map((review) => <ReviewRow key={review.id} review={review} onDone={refresh} />)}
          </Table.Body>
        </Table>
        {reviews.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No {status} reviews.</Text>}
      </Container>
      {dashboard && (
        <div className="grid gap-4 md:grid-cols-2">
          <Container className="p-6">
            <Heading level="h2">Average per product</Heading>
            {dashboard.products.map((product) => (
              <Text key={product.product_id}>{product.title ?? product.product_id}: {product.average} ★ ({product.count})</Text>
            ))}
          </Container>
          <Container className="p-6">
            <Heading level="h2">Average over time</Heading>
            {dashboard.months.map((month) => (
              <Text key={month.month}>{month.month}: {month.average} ★ ({month.count})</Text>
            ))}
          </Container>
        </div>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: ChatBubbleLeftRight })

export default ReviewsPage
