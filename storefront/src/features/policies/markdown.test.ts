import { describe, expect, it } from "vitest";
import { renderMarkdown, safeHref } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings under the page title, paragraphs, lists, emphasis and links", () => {
    const html = renderMarkdown("# Title\nFirst line\nsame paragraph.\n\n- one **bold**\n- two *soft*\n\n1. first\n2. [returns](/returns)");
    expect(html).toBe(
      [
        '<h2 id="title">Title</h2>',
        "<p>First line same paragraph.</p>",
        "<ul><li>one <strong>bold</strong></li><li>two <em>soft</em></li></ul>",
        '<ol><li>first</li><li><a href="/returns">returns</a></li></ol>',
      ].join("\n"),
    );
  });

  it("gives headings anchors", () => {
    expect(renderMarkdown("## Right of withdrawal (14 days)")).toBe('<h3 id="right-of-withdrawal-14-days">Right of withdrawal (14 days)</h3>');
  });

  it("shows HTML and scripts as text, never as markup", () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps only safe link targets; a javascript: link becomes plain text", () => {
    expect(renderMarkdown("[click](javascript:alert)")).toBe("<p>click</p>");
    expect(renderMarkdown('[x](https://a.test/?q="><b>)')).toBe('<p><a href="https://a.test/?q=&quot;&gt;&lt;b&gt;">x</a></p>');
    expect(safeHref("//evil.test")).toBeNull();
    expect(safeHref("mailto:hello@fairmade.local")).toBe("mailto:hello@fairmade.local");
  });
});
