import { describe, expect, it } from "vitest";
import { isPageInRange, pageLinks, paginate, totalPagesFor, type PageLink } from "./pagination";

const render = (links: PageLink[]) =>
  links.map((link) => (link.kind === "gap" ? "…" : link.current ? `[${link.page}]` : String(link.page))).join(" ");

describe("totalPagesFor", () => {
  it("rounds partial pages up and never reports zero pages", () => {
    expect(totalPagesFor(0)).toBe(1);
    expect(totalPagesFor(12)).toBe(1);
    expect(totalPagesFor(13)).toBe(2);
    expect(totalPagesFor(25, 5)).toBe(5);
  });
});

describe("isPageInRange", () => {
  it("accepts page 1 of an empty listing", () => {
    expect(isPageInRange(1, 0)).toBe(true);
  });

  it("rejects pages past the last one", () => {
    expect(isPageInRange(2, 12)).toBe(false);
    expect(isPageInRange(2, 13)).toBe(true);
    expect(isPageInRange(0, 13)).toBe(false);
  });
});

describe("paginate", () => {
  it("computes the offset and neighbours of a middle page", () => {
    expect(paginate(40, 2)).toMatchObject({
      page: 2,
      totalPages: 4,
      totalCount: 40,
      offset: 12,
      previousPage: 1,
      nextPage: 3,
    });
  });

  it("has no previous page on the first page and no next page on the last", () => {
    const first = paginate(20, 1);
    const last = paginate(20, 2);
    expect(first.previousPage).toBeUndefined();
    expect(first.nextPage).toBe(2);
    expect(last.nextPage).toBeUndefined();
    expect(last.previousPage).toBe(1);
  });
});

describe("pageLinks", () => {
  it("lists every page of a short listing", () => {
    expect(render(pageLinks(2, 3))).toBe("1 [2] 3");
  });

  it("shows a single page", () => {
    expect(render(pageLinks(1, 1))).toBe("[1]");
  });

  it("elides the middle of a long listing", () => {
    expect(render(pageLinks(1, 10))).toBe("[1] 2 … 10");
    expect(render(pageLinks(6, 10))).toBe("1 … 5 [6] 7 … 10");
    expect(render(pageLinks(10, 10))).toBe("1 … 9 [10]");
  });

  it("shows a lone missing page instead of a gap", () => {
    expect(render(pageLinks(4, 10))).toBe("1 2 3 [4] 5 … 10");
  });
});
