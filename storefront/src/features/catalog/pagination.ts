export const PAGE_SIZE = 12;

export type PageLink = { kind: "page"; page: number; current: boolean } | { kind: "gap" };

export interface Pagination {
  page: number;
  totalPages: number;
  totalCount: number;
  /** Index of the first product on this page, for the Store API's `offset`. */
  offset: number;
  previousPage?: number;
  nextPage?: number;
  links: PageLink[];
}

export function totalPagesFor(totalCount: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

export function offsetFor(page: number, pageSize = PAGE_SIZE): number {
  return (page - 1) * pageSize;
}

/** Page 1 always exists (it may be empty); later pages only while there are products. */
export function isPageInRange(page: number, totalCount: number, pageSize = PAGE_SIZE): boolean {
  return page >= 1 && page <= totalPagesFor(totalCount, pageSize);
}

/**
 * The page numbers to link to: the first, the last and the neighbours of the current
 * page, with gaps between them, so long listings keep a short row of links.
 */
export function pageLinks(page: number, totalPages: number, neighbours = 1): PageLink[] {
  const shown = new Set([1, totalPages]);
  for (let offset = -neighbours; offset <= neighbours; offset++) shown.add(page + offset);
  const pages = [...shown].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b);

  const links: PageLink[] = [];
  pages.forEach((n, index) => {
    const previous = pages[index - 1];
    // A gap of exactly one page is shown as that page: "1 2 3" reads better than "1 … 3".
    if (previous !== undefined && n - previous === 2) {
      links.push({ kind: "page", page: n - 1, current: false });
    } else if (previous !== undefined && n - previous > 2) {
      links.push({ kind: "gap" });
    }
    links.push({ kind: "page", page: n, current: n === page });
  });
  return links;
}

export function paginate(totalCount: number, page: number, pageSize = PAGE_SIZE): Pagination {
  const totalPages = totalPagesFor(totalCount, pageSize);
  return {
    page,
    totalPages,
    totalCount,
    offset: offsetFor(page, pageSize),
    ...(page > 1 ? { previousPage: page - 1 } : {}),
    ...(page < totalPages ? { nextPage: page + 1 } : {}),
    links: pageLinks(page, totalPages),
  };
}
