/** What shoppers see of a published review: no e-mail, no order, no customer id. */
export function publicReview(review: any) {
  return {
    id: review.id,
    product_id: review.product_id,
    rating: review.rating,
    title: review.title,
    body: review.body,
    author_name: review.author_name,
    verified_purchase: true,
    received_by: review.received_by,
    created_at: review.created_at,
    helpful_count: review.helpful_count,
    photos: ((review.photo_ids as string[] | null) ?? []).map((id) => ({ id, url: `/store/review-photos/${id}` })),
    reply: review.reply_body ? { body: review.reply_body, replied_at: review.replied_at } : null,
  }
}

/** What moderators see: the public review plus its moderation state and reports. */
export function adminReview(review: any) {
  return {
    ...publicReview(review),
    order_id: review.order_id,
    status: review.status,
    moderation_reason: review.moderation_reason,
    moderated_at: review.moderated_at,
    report_count: review.report_count,
    received_at: review.received_at,
    product: review.product ? { id: review.product.id, title: review.product.title, handle: review.product.handle } : null,
  }
}
