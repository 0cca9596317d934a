import { sequence } from "astro:middleware";
import { security } from "./features/security/middleware";

// Each concern keeps its own middleware file; this only puts them in order.
export const onRequest = sequence(security);
