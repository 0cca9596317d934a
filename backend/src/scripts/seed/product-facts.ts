/**
 * Product facts (materials, origin, care) written from what a product's own name says,
 * never from its category: "RED TOADSTOOL LED NIGHT LIGHT" is not soy wax because it
 * sits among the candles. What the name does not say is marked unknown, not invented.
 * The data set records no country of manufacture, so origin is always unknown here.
 */
export type ProductFacts = {
  /** Shown as "Origin". */
  origin: string
  /** Shown as "Materials". */
  materials: string
  /** Shown as "Care". */
  care: string
  /** For Medusa's `material` field: null when not known. */
  material: string | null
}

// Short on purpose: these words are indexed by the search engine with the product.
export const UNKNOWN_ORIGIN = "Not known"
export const UNKNOWN_MATERIALS = "Not known"
export const UNKNOWN_CARE = "Not known"

type MaterialRule = { pattern: RegExp; material: string; care: string }

// Only words of the name itself; first the most specific.
const MATERIAL_RULES: readonly MaterialRule[] = [
  { pattern: /\bWICKER\b/, material: "Wicker", care: "Dust with a dry cloth; keep away from water and damp." },
  { pattern: /\bWOODEN\b/, material: "Wood", care: "Dust with a dry cloth; keep away from water." },
  { pattern: /\bSLATE\b/, material: "Natural slate", care: "Wipe with a damp cloth; write on it with chalk only." },
  { pattern: /\bCERAMIC\b/, material: "Ceramic", care: "Wash by hand; handle with care, ceramic can chip." },
  { pattern: /\bGLASS\b/, material: "Glass", care: "Wash by hand once cool; handle with care, glass can break." },
  { pattern: /\bPAPER\b|\bCAKE CASES\b/, material: "Paper", care: "Keep dry." },
  { pattern: /\bTINS\b/, material: "Tinplate", care: "Wash by hand and dry at once, so that it does not rust." },
  { pattern: /\bCANDLES\b/, material: "Wax (the kind of wax is not recorded)", care: "Never leave a burning candle unattended; keep it away from children, pets and anything that can catch fire." },
  { pattern: /\bRECYCLED\b/, material: "Recycled material (which one is not recorded)", care: UNKNOWN_CARE },
]

/** Care that follows from what the product is, whatever it is made of. */
const USE_RULES: readonly { pattern: RegExp; care: string }[] = [
  { pattern: /\bT-LIGHTS?\b|\bCANDLEHOLDER\b/, care: "For tea lights only. Never leave a lit candle unattended; the holder gets hot, let it cool before touching." },
  { pattern: /\bLED\b/, care: "An LED light: wipe with a dry cloth, never in water." },
  { pattern: /\bCLOCK\b|\bSCALES\b/, care: "Wipe with a dry cloth; keep away from water." },
]

export function productFacts(name: string): ProductFacts {
  const upper = name.toUpperCase()
  const materials = MATERIAL_RULES.filter((rule) => rule.pattern.test(upper))
  const use = USE_RULES.find((rule) => rule.pattern.test(upper))
  const known = materials.map((rule) => rule.material)
  const care = use?.care ?? materials.find((rule) => rule.care !== UNKNOWN_CARE)?.care ?? UNKNOWN_CARE
  return {
    origin: UNKNOWN_ORIGIN,
    materials: known.length ? known.join(", ") : UNKNOWN_MATERIALS,
    care,
    material: known.length ? known.join(", ") : null,
  }
}
