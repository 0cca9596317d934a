import fs from "node:fs"
import { buildCatalogue, ProductSpec } from "./catalogue"
import { parseCsv } from "./csv"
import { SAMPLE_CSV } from "./paths"
import { toTransaction } from "./transactions"

/** The demo catalogue from the shipped sample (backend/data), with no network or full data set. */
export function loadSampleCatalogue(): ProductSpec[] {
  return buildCatalogue(parseCsv(fs.readFileSync(SAMPLE_CSV, "utf8")).map(toTransaction))
}
