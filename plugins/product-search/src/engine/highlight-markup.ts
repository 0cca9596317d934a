/**
 * Highlights travel as text with control-character markers, so that engines
 * never produce HTML; the markup is made here, after escaping.
 */
export const MARK_START = "\u0001"
export const MARK_END = "\u0002"

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char])

/** Escaped HTML with the marked words in <mark>. */
export function markersToHtml(marked: string): string {
  return escapeHtml(marked).replaceAll(MARK_START, "<mark>").replaceAll(MARK_END, "</mark>")
}
