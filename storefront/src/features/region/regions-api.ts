import type { AstroCookies } from "astro";
import type { HttpTypes } from "@medusajs/types";
import { medusa } from "../../lib/medusa";
import { cachedFor } from "../../lib/ttl-cache";
import { chooseRegion, REGION_COOKIE } from "./region-choice";

const REGIONS_TTL_MS = 60_000;

export const listRegions = cachedFor(REGIONS_TTL_MS, async (): Promise<HttpTypes.StoreRegion[]> => {
  const { regions } = await medusa().store.region.list({
    fields: "id,name,currency_code",
    limit: 100,
  });
  return regions;
});

export interface RegionContext {
  regions: HttpTypes.StoreRegion[];
  /** Undefined only when the backend has no regions at all; prices are then hidden. */
  region: HttpTypes.StoreRegion | undefined;
}

export async function resolveRegion(cookies: AstroCookies): Promise<RegionContext> {
  const regions = await listRegions();
  return { regions, region: chooseRegion(regions, cookies.get(REGION_COOKIE)?.value) };
}
