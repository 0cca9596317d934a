/**
 * The shop's categories, how a product is sorted into one (keyword rules on
 * its normalised name, first match wins) and the facts that hold for the
 * whole category: where it is made, what from, a typical parcel weight and
 * the colours of its illustrations.
 */

export type Category = {
  name: string
  handle: string
  /** Matched against the upper-case product name. */
  keywords: RegExp
  description: string
  /** A sentence for product descriptions in this category. */
  pitch: string
  origin: string
  /** ISO code of the country in `origin`. */
  originCountry: "fr" | "pt"
  materials: string
  weightGrams: number
  /** Background and accent colours of the product illustrations. */
  palette: { background: string; accent: string }
  /** The motif drawn on the product illustrations. */
  motif: "flame" | "cup" | "heart" | "gift" | "bag" | "star"
}

// Order matters: "PAPER CHAIN KIT 50'S CHRISTMAS" is Christmas before it is
// paper, and a "LUNCH BAG" is a bag while a "LUNCH BOX" is kitchenware.
export const CATEGORIES: readonly Category[] = [
  {
    name: "Christmas",
    handle: "christmas",
    keywords: /\b(CHRISTMAS|XMAS|ADVENT|SANTA|REINDEER|SNOWFLAKES?|BAUBLES?|NOEL|STARS?|ANGELS?)\b/,
    description: "Decorations, lights and little gifts for the festive season.",
    pitch: "Part of our festive range, made to be brought out year after year.",
    origin: "Made in our Lyon workshop",
    originCountry: "fr",
    materials: "Recycled paper, felt, glass and zinc",
    weightGrams: 200,
    palette: { background: "#F3E3DC", accent: "#B3261E" },
    motif: "star",
  },
  {
    name: "Candles & Lighting",
    handle: "candles-lighting",
    keywords: /\b(T-LIGHTS?|CANDLES?|LANTERNS?|LIGHTS?|LAMPS?|NIGHT LIGHT)\b/,
    description: "T-light holders, lanterns and lights for a warm glow at home.",
    pitch: "It casts a warm, flickering glow on a mantelpiece, windowsill or dinner table.",
    origin: "Made in our Lyon workshop",
    originCountry: "fr",
    materials: "Zinc, recycled glass and soy wax",
    weightGrams: 350,
    palette: { background: "#FBEBD0", accent: "#D9822B" },
    motif: "flame",
  },
  {
    name: "Bags & Storage",
    handle: "bags-storage",
    keywords: /\b(BAGS?|SHOPPER|STORAGE|CABINET|DRAWERS?|BASKETS?)\b/,
    description: "Reusable bags and clever storage for home, market and lunch.",
    pitch: "Roomy, sturdy and reusable, for the market run, the office lunch or tidying up at home.",
    origin: "Sewn by our partner atelier in Porto, Portugal",
    originCountry: "pt",
    materials: "Recycled polypropylene and organic cotton",
    weightGrams: 250,
    palette: { background: "#DDEBE4", accent: "#2F7D5B" },
    motif: "bag",
  },
  {
    name: "Kitchen & Dining",
    handle: "kitchen-dining",
    keywords:
      /\b(CAKES?|CAKESTAND|TEA|TEATIME|TEACUP|CUPS?|MUGS?|BOWLS?|JAM|TINS?|RECIPE|NAPKINS|PLATES|COOKIE|BAKING|LUNCH BOX|SCALES|CUTLERY|JUG|SNACK|PANTRY|POPCORN|PARASOLS|JELLY)\b/,
    description: "Stoneware, tins and table linen for baking, cooking and tea-time.",
    pitch: "Made for everyday baking, cooking and tea-time, and pretty enough to leave out on the shelf.",
    origin: "Thrown and glazed in our Lyon workshop",
    originCountry: "fr",
    materials: "Stoneware with a food-safe glaze, tinplate and FSC-certified paper",
    weightGrams: 600,
    palette: { background: "#E3ECF6", accent: "#3A6EA5" },
    motif: "cup",
  },
  {
    name: "Gifts & Wrap",
    handle: "gifts-wrap",
    keywords: /\b(WRAP|CARDS?|RIBBONS?|GIFT|PAPER|BUNTING|HOT WATER BOTTLE|PLASTERS|HARMONICA|FELTCRAFT|KIT|TRINKET)\b/,
    description: "Small gifts, cards and everything to wrap them beautifully.",
    pitch: "An easy, thoughtful gift, and one that looks lovely wrapped.",
    origin: "Printed and finished in our Lyon workshop",
    originCountry: "fr",
    materials: "Recycled paper, cotton ribbon and natural rubber",
    weightGrams: 150,
    palette: { background: "#F6E1EA", accent: "#B04A7A" },
    motif: "gift",
  },
  {
    name: "Home Decor",
    handle: "home-decor",
    keywords: /.*/,
    description: "Signs, frames, clocks and hanging hearts to make a house a home.",
    pitch: "A cheerful finishing touch for a hallway, kitchen or living room.",
    origin: "Made in our Lyon workshop",
    originCountry: "fr",
    materials: "Reclaimed wood, enamelled metal and natural wicker",
    weightGrams: 800,
    palette: { background: "#EFE8DA", accent: "#7A5C3E" },
    motif: "heart",
  },
]

export function categoryOf(name: string): Category {
  const category = CATEGORIES.find(({ keywords }) => keywords.test(name))
  // Home Decor matches everything, so this only guards the list's last entry.
  return category ?? CATEGORIES[CATEGORIES.length - 1]
}
