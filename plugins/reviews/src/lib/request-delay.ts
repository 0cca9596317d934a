/** Days after delivery or collection before the review request e-mail (REVIEW_REQUEST_DELAY_DAYS, default 7). */
export function reviewRequestDelayDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.REVIEW_REQUEST_DELAY_DAYS ?? 7)
  return Number.isFinite(days) && days >= 0 ? days : 7
}
