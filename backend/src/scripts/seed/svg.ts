/**
 * Product pictures for the demo: small, self-contained SVG illustrations (a
 * background in the category's colour, the category's motif in the
 * product's colour, the product's initials). No external fonts or images, so
 * they render the same offline.
 */
import type { Category } from "./categories"
import type { ProductSpec } from "./catalogue"
import { pick } from "./hash"

const SIZE = 800
const INK = "#3A3A3A"
const FONT = "Georgia, 'Times New Roman', serif"
const SMALL_WORDS = new Set(["of", "and", "the", "in", "with", "a", "an", "for", "on", "to", "or"])

/** Screen colours for the data set's colour words (as title-cased in variant names). */
export const COLOUR_HEX: Record<string, string> = {
  Red: "#C8423B", Blue: "#3E6FB0", Pink: "#E58FB0", Green: "#5C9B6B", Ivory: "#F4EBD0",
  White: "#FFFFFF", Black: "#2B2B2B", Cream: "#F3E5C0", Yellow: "#E8C547", Purple: "#7D5BA6",
  Orange: "#E8873A", Grey: "#9A9A9A", Brown: "#8B5E3C", Silver: "#C0C0C8", Gold: "#C9A13B",
  Turquoise: "#3FB3B0", Lilac: "#B9A3D6", Natural: "#C8A97E",
}

// Fills for products that do not come in colours, picked per product so
// neighbours in a category look different.
const PLAIN_FILLS = ["#FFFFFF", "#F4EBD0", "#C8A97E", "#E8C547", "#9FC5B8", "#E3A6A1", "#A7B8D8"]

type Shape = { d: string; paint: "main" | "accent" | "outline" }

// Each motif is drawn around (0, 0), about 320 units across.
const MOTIFS: Record<Category["motif"] | "clock" | "mat" | "frame", Shape[]> = {
  clock: [
    { d: "M-150 0A150 150 0 1 0 150 0A150 150 0 1 0-150 0Z", paint: "main" },
    { d: "M-105 0A105 105 0 1 0 105 0A105 105 0 1 0-105 0Z", paint: "outline" },
    { d: "M0 0V-80M0 0L55 35", paint: "outline" },
    { d: "M-130-120L-90-160M130-120L90-160", paint: "outline" },
  ],
  mat: [
    { d: "M-170-110H170V110H-170Z", paint: "main" },
    { d: "M-130-60H130M-130 0H130M-130 60H130", paint: "outline" },
  ],
  frame: [
    { d: "M-150-170H150V170H-150Z", paint: "main" },
    { d: "M-95-115H95V115H-95Z", paint: "accent" },
  ],
  heart: [
    {
      d: "M0 130C-40 90-160 30-160-50C-160-110-110-140-70-140C-35-140-10-120 0-90C10-120 35-140 70-140C110-140 160-110 160-50C160 30 40 90 0 130Z",
      paint: "main",
    },
  ],
  flame: [
    { d: "M-110 20H110V150H-110Z", paint: "main" },
    { d: "M0-170C50-100 70-60 70-20C70 20 40 10 0 10C-40 10-70 20-70-20C-70-60-50-100 0-170Z", paint: "accent" },
  ],
  cup: [
    { d: "M-150-90H90V0A120 120 0 0 1-150 0Z", paint: "main" },
    { d: "M90-60A70 70 0 0 1 90 70", paint: "outline" },
  ],
  gift: [
    { d: "M-140-60H140V150H-140Z", paint: "main" },
    { d: "M-160-120H160V-60H-160Z", paint: "main" },
    { d: "M-20-120H20V150H-20Z", paint: "accent" },
    { d: "M0-120C-60-200-130-140 0-120ZM0-120C60-200 130-140 0-120Z", paint: "accent" },
  ],
  bag: [
    { d: "M-150-60H150L125 160H-125Z", paint: "main" },
    { d: "M-80-60C-80-180 80-180 80-60", paint: "outline" },
  ],
  star: [
    {
      d: "M0-170L40-55H160L63 17L100 135L0 63L-100 135L-63 17L-160-55H-40Z",
      paint: "main",
    },
  ],
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** "Hanging Heart T-Light Holder" → "HH"; numbers and small words are skipped. */
export function initials(title: string): string {
  return title
    .split(/\s+/)
    .filter((word) => /^[A-Za-z]/.test(word) && !SMALL_WORDS.has(word.toLowerCase()))
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join("")
}

function paintOf(shape: Shape, main: string, accent: string): string {
  if (shape.paint === "outline") {
    return `fill="none" stroke="${accent}" stroke-width="22" stroke-linecap="round"`
  }
  return `fill="${shape.paint === "main" ? main : accent}" stroke="${INK}" stroke-width="6" stroke-linejoin="round"`
}

function svgDocument(title: string, background: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect width="${SIZE}" height="${SIZE}" fill="${background}"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n")
}

type Motif = keyof typeof MOTIFS

/**
 * What the picture shows: the thing the product's name says it is (a clock, a mat, a frame,
 * a heart…), and only when the name says nothing of the kind, its category's motif.
 */
const NAME_MOTIFS: [RegExp, Motif][] = [
  [/\bCLOCK\b/i, "clock"],
  [/\bMAT\b/i, "mat"],
  [/\bFRAME\b/i, "frame"],
  [/\bT-LIGHT|\bCANDLE|\bLANTERN|\bNIGHT LIGHT\b/i, "flame"],
  [/\bHEART\b/i, "heart"],
  [/\bSTAR\b/i, "star"],
  [/\bBAG\b|\bSHOPPER\b/i, "bag"],
  [/\bTEACUP\b|\bCUP\b|\bMUG\b/i, "cup"],
]

export function motifOf(product: Pick<ProductSpec, "title" | "category">): Motif {
  return NAME_MOTIFS.find(([pattern]) => pattern.test(product.title))?.[1] ?? product.category.motif
}

/**
 * The main picture: motif in the first variant's colour (or in `colour`, for a colour
 * variant's own picture), placed a little differently per product.
 */
export function productSvg(product: ProductSpec, colour: string | null = product.variants[0].colour): string {
  const { palette } = product.category
  const motif = motifOf(product)
  const key = product.handle
  const main = (colour && COLOUR_HEX[colour]) || PLAIN_FILLS[pick(`${key}:fill`, 0, PLAIN_FILLS.length - 1)]
  const shapes = MOTIFS[motif]
    .map((shape) => `<path d="${shape.d}" ${paintOf(shape, main, palette.accent)}/>`)
    .join("")
  return svgDocument(product.title, palette.background, [
    `<circle cx="${pick(`${key}:x`, 80, 720)}" cy="${pick(`${key}:y`, 60, 300)}" r="${pick(`${key}:r`, 90, 220)}" fill="${palette.accent}" opacity="0.12"/>`,
    `<circle cx="${pick(`${key}:x2`, 80, 720)}" cy="${pick(`${key}:y2`, 500, 740)}" r="${pick(`${key}:r2`, 40, 120)}" fill="${palette.accent}" opacity="0.08"/>`,
    `<g transform="translate(400 350) rotate(${pick(`${key}:turn`, -8, 8)}) scale(${pick(`${key}:scale`, 120, 140) / 100})">${shapes}</g>`,
    `<text x="400" y="690" text-anchor="middle" font-family="${FONT}" font-size="84" letter-spacing="10" fill="${palette.accent}">${escapeXml(initials(product.title))}</text>`,
  ])
}

/** The second picture of a product that comes in colours: one swatch per colour, named. */
export function coloursSvg(product: ProductSpec): string {
  const { palette } = product.category
  const colours = product.variants.flatMap((variant) => (variant.colour ? [variant.colour] : []))
  const spacing = SIZE / (colours.length + 1)
  const radius = Math.min(90, spacing / 2 - 12)
  const labelSize = Math.min(34, Math.round(spacing / 5))
  const swatches = colours.map((colour, i) => {
    const x = Math.round(spacing * (i + 1))
    return [
      `<circle cx="${x}" cy="400" r="${Math.round(radius)}" fill="${COLOUR_HEX[colour] ?? palette.accent}" stroke="${INK}" stroke-width="5"/>`,
      `<text x="${x}" y="${Math.round(400 + radius + 56)}" text-anchor="middle" font-family="${FONT}" font-size="${labelSize}" fill="${INK}">${escapeXml(colour)}</text>`,
    ].join("")
  })
  return svgDocument(`${product.title}: colours`, palette.background, [
    `<text x="400" y="170" text-anchor="middle" font-family="${FONT}" font-size="40" fill="${palette.accent}">${escapeXml(product.title)}</text>`,
    ...swatches,
  ])
}
