import path from "node:path"

/** backend/, from backend/src/scripts/seed/. */
export const BACKEND_DIR = path.resolve(__dirname, "../../..")
export const SAMPLE_CSV = path.join(BACKEND_DIR, "data/online-retail-sample.csv")
export const SAMPLE_README = path.join(BACKEND_DIR, "data/README.md")
export const PRODUCT_IMAGES_DIR = path.join(BACKEND_DIR, "static/products")
/** The full data set: on developers' and CI machines only, beside the project (never on a user's). */
export const FULL_DATA_CSV = path.resolve(
  BACKEND_DIR,
  "../../shared/data/online-retail/transactions-2010-12-01_2011-11-08.csv.gz",
)
