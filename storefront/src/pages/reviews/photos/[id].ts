/** A review photo, passed through from the backend (which checked its type and serves only published ones). */
import type { APIRoute } from "astro";
import { fetchReviewPhoto } from "../../../features/reviews/reviews-api";

export const GET: APIRoute = async ({ params }) => {
  const upstream = await fetchReviewPhoto(params.id ?? "");
  const type = upstream.headers.get("content-type") ?? "";
  if (!upstream.ok || !/^image\/(jpeg|png|webp)$/.test(type)) return new Response(null, { status: 404 });
  return new Response(await upstream.arrayBuffer(), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
};
