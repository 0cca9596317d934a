/**
 * A small Markdown subset for the shop's documents, rendered safe by construction:
 * every character of the source is escaped, then only these forms become HTML —
 * headings (#, ##, ###, with an anchor id), paragraphs, "-"/"*" and "1." lists, **bold**, *italic*, and
 * [links](url) whose address is relative, http(s) or mailto. Raw HTML shows as text.
 */
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/** Only addresses that cannot run script: site-relative, http(s), mailto. */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  if (/^\/(?!\/)/.test(trimmed) || /^#/.test(trimmed)) return trimmed;
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  return null;
}

function inline(text: string): string {
  // Links first, on the raw text, so their parts are escaped separately.
  const parts: string[] = [];
  let rest = text;
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/;
  for (let match = link.exec(rest); match; match = link.exec(rest)) {
    parts.push(emphasis(escapeHtml(rest.slice(0, match.index))));
    const href = safeHref(match[2]);
    const label = emphasis(escapeHtml(match[1]));
    parts.push(href ? `<a href="${escapeHtml(href)}">${label}</a>` : label);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(emphasis(escapeHtml(rest)));
  return parts.join("");
}

const emphasis = (escaped: string) =>
  escaped.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, "$1<em>$2</em>");

/** An anchor for a heading: "Right of withdrawal (14 days)" → "right-of-withdrawal-14-days". */
export const headingId = (text: string) =>
  text.toLowerCase().replace(/[*_\[\]()]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

export function renderMarkdown(source: string): string {
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flushParagraph = () => {
    if (paragraph.length) html.push(`<p>${paragraph.map(inline).join(" ")}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) html.push(`<${list.ordered ? "ol" : "ul"}>${list.items.map((item) => `<li>${inline(item)}</li>`).join("")}</${list.ordered ? "ol" : "ul"}>`);
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      // Documents sit under the page's own h1: # becomes h2.
      const level = heading[1].length + 1;
      html.push(`<h${level} id="${headingId(heading[2])}">${inline(heading[2])}</h${level}>`);
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = !bullet;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return html.join("\n");
}
