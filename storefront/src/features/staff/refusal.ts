/**
 * A staff action the back office refused: its message for the page, with the status to
 * answer. An unknown record is a 404 page; an outage (no status, 5xx) is thrown to the
 * error page rather than shown as if it were the staff member's mistake.
 */
import { statusOf } from "../../lib/backend-errors";

export function refusalOf(error: unknown): { alert: string; status: number } | Response {
  const status = statusOf(error);
  if (status === undefined || status >= 500) throw error;
  if (status === 404) return new Response(null, { status: 404 });
  // The backend's own words: "That collection code does not match…", "Too many wrong attempts…".
  return { alert: error instanceof Error ? error.message : "The back office refused this.", status };
}
