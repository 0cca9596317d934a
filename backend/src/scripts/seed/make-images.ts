/**
 * One-off: draws the demo product pictures into backend/static/products/
 * (kept in the repository; Medusa serves backend/static at /static). Run it
 * again after the sample or the catalogue rules change; it replaces them all.
 *
 *   cd backend && npx ts-node --transpile-only src/scripts/seed/make-images.ts
 */
import fs from "node:fs"
import path from "node:path"
import { PRODUCT_IMAGES_DIR } from "./paths"
import { loadSampleCatalogue } from "./sample"
import { coloursSvg, productSvg } from "./svg"

function main() {
  fs.mkdirSync(PRODUCT_IMAGES_DIR, { recursive: true })
  for (const stale of fs.readdirSync(PRODUCT_IMAGES_DIR).filter((name) => name.endsWith(".svg"))) {
    fs.rmSync(path.join(PRODUCT_IMAGES_DIR, stale))
  }
  let bytes = 0
  let files = 0
  for (const product of loadSampleCatalogue()) {
    const [main, colours] = product.images
    const pictures = [
      [main, productSvg(product)],
      ...(colours ? [[colours, coloursSvg(product)]] : []),
      // One picture per colour variant, the product drawn in that colour.
      ...product.variants.flatMap((variant) => (variant.image && variant.colour ? [[variant.image, productSvg(product, variant.colour)]] : [])),
    ]
    for (const [name, svg] of pictures) {
      fs.writeFileSync(path.join(PRODUCT_IMAGES_DIR, name), svg)
      bytes += Buffer.byteLength(svg)
      files++
    }
  }
  console.log(`${PRODUCT_IMAGES_DIR}: ${files} pictures, ${(bytes / 1024).toFixed(0)} KiB`)
}

if (require.main === module) {
  main()
}
