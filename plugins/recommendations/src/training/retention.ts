/** How long shoppers' signals are kept: 13 months, a year of seasons plus a month. */
export const SIGNAL_RETENTION_MONTHS = 13
/** Signals deleted per workflow run; the job runs batches until none is left. */
export const RETENTION_BATCH = 5_000

/** The instant before which signals are deleted, `months` calendar months before `now` (UTC). */
export function retentionCutoff(now: Date, months = SIGNAL_RETENTION_MONTHS): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}
