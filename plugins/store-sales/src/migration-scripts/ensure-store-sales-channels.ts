import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureEveryStoreChannel } from "../lib/store-channel"

/** Runs once with `medusa db:migrate`: a sales channel for every store that exists already. */
export default async function ensureStoreSalesChannels({ container }: { container: MedusaContainer }) {
  await ensureEveryStoreChannel(container)
}
