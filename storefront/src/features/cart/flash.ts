/**
 * A one-time message carried across a redirect to the cart page ("Added … to your
 * cart", "Only 2 left"), in a short-lived httpOnly cookie: a query parameter would let
 * any link make the shop display words of its choosing.
 */
import type { AstroCookies } from "astro";
import { shopperCookieOptions } from "../../lib/shopper-cookies";

const FLASH_COOKIE = "cart_flash";
const ONE_MINUTE_IN_SECONDS = 60;

export interface Flash {
  kind: "success" | "error";
  message: string;
}

export function setFlash(cookies: AstroCookies, url: URL, flash: Flash): void {
  cookies.set(FLASH_COOKIE, JSON.stringify(flash), shopperCookieOptions(url, ONE_MINUTE_IN_SECONDS));
}

/** The message, once: reading it deletes it. Call before the page starts streaming. */
export function takeFlash(cookies: AstroCookies): Flash | undefined {
  const raw = cookies.get(FLASH_COOKIE)?.value;
  if (raw === undefined) return undefined;
  cookies.delete(FLASH_COOKIE, { path: "/" });
  try {
    const flash: unknown = JSON.parse(raw);
    if (typeof flash !== "object" || flash === null) return undefined;
    const { kind, message } = flash as Record<string, unknown>;
    if ((kind !== "success" && kind !== "error") || typeof message !== "string") return undefined;
    return { kind, message };
  } catch {
    return undefined;
  }
}
