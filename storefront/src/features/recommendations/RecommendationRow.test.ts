import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeEach, describe, expect, it, vi } from "vitest";

const backend = vi.hoisted(() => ({ fetch: vi.fn(), list: vi.fn() }));
vi.mock("../../lib/medusa", () => ({
  medusa: () => ({ client: { fetch: backend.fetch }, store: { product: { list: backend.list } } }),
}));

const { default: RecommendationRow } = await import("./RecommendationRow.astro");

async function render(props: Record<string, unknown>, cookie = "") {
  const container = await AstroContainer.create();
  const request = new Request("http://shop.test/_server-islands/RecommendationRow", { headers: { cookie } });
  return container.renderToResponse(RecommendationRow, { props, request });
}

describe("RecommendationRow", () => {
  beforeEach(() => {
    backend.fetch.mockReset();
    backend.list.mockReset();
  });

  it("renders nothing, and does not fail the island, when the recommendation route fails", async () => {
    backend.fetch.mockRejectedValue(new Error("502 Bad Gateway"));
    const response = await render({ placement: "cart", title: "Goes well with your cart", productIds: ["prod_1"] });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain("<section");
  });

  it("shows the products in the recommender's order, and keeps personal rows out of shared caches", async () => {
    backend.fetch.mockResolvedValue({ product_ids: ["prod_b", "prod_a"] });
    backend.list.mockResolvedValue({ products: ["prod_a", "prod_b"].map((id) => ({ id, title: `Title ${id}`, handle: id, variants: [] })) });
    const response = await render(
      { placement: "home", title: "Picked for you" },
      "consent_personalisation=yes; rec_visitor=visitor-0001-abcd",
    );
    const html = await response.text();
    expect(html.indexOf("Title prod_b")).toBeLessThan(html.indexOf("Title prod_a"));
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(backend.fetch).toHaveBeenCalledWith("/store/recommendations", expect.objectContaining({ query: expect.objectContaining({ anonymous_id: "visitor-0001-abcd" }) }));
  });
});
