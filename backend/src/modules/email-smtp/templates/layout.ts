/** The shop's look in e-mail: its warm palette, one column, works without images. */
export type Email = { subject: string; html: string; text: string }

/** A block of the message, given once as HTML and once as plain text. */
export type Part = { html: string; text: string }

const COLORS = { bg: "#fdf8f3", surface: "#ffffff", text: "#2b2420", muted: "#6b5e55", accent: "#7a3e2b", border: "#e4d8cc" }

export const escapeHtml = (value: unknown) =>
  String(value ?? "").replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!)

export const paragraph = (text: string): Part => ({
  html: `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(text)}</p>`,
  text,
})

/** A code to show at the counter: big, spaced, easy to read aloud. */
export const codeBlock = (label: string, code: string): Part => ({
  html: `<p style="margin:0 0 4px;color:${COLORS.muted}">${escapeHtml(label)}</p>
<p style="margin:0 0 16px;font-size:28px;font-weight:bold;letter-spacing:4px;font-family:monospace">${escapeHtml(code)}</p>`,
  text: `${label}: ${code}`,
})

export const button = (label: string, url: string): Part => ({
  html: `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="background:${COLORS.accent};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p>
<p style="margin:0 0 16px;color:${COLORS.muted};font-size:13px">Or open this address: ${escapeHtml(url)}</p>`,
  text: `${label}: ${url}`,
})

export const list = (items: string[]): Part => ({
  html: `<ul style="margin:0 0 16px;padding-left:20px">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
  text: items.map((item) => `- ${item}`).join("\n"),
})

export function layout(subject: string, parts: Part[]): Email {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:${COLORS.bg};color:${COLORS.text};font-family:Georgia,'Times New Roman',serif">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="margin:0 0 24px;font-size:22px;color:${COLORS.accent};font-weight:bold">Fairmade</p>
<div style="background:${COLORS.surface};border:1px solid ${COLORS.border};border-radius:8px;padding:24px">
<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(subject)}</h1>
${parts.map((part) => part.html).join("\n")}
</div>
<p style="margin:24px 0 0;color:${COLORS.muted};font-size:12px">Fairmade: made by us, sold by us.</p>
</div></body></html>`
  const text = [subject, "", ...parts.map((part) => part.text + "\n"), "-- Fairmade"].join("\n")
  return { subject, html, text }
}
