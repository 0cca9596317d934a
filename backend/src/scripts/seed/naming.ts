/**
 * Turns the data set's shouting, abbreviated descriptions
 * ("SET/20 RED RETROSPOT PAPER NAPKINS ") into shop names and handles.
 */

const COLOURS = new Set([
  "RED", "BLUE", "PINK", "GREEN", "IVORY", "WHITE", "BLACK", "CREAM", "YELLOW",
  "PURPLE", "ORANGE", "GREY", "BROWN", "SILVER", "GOLD", "TURQUOISE", "LILAC",
])
const SMALL_WORDS = new Set(["OF", "AND", "THE", "IN", "WITH", "A", "AN", "FOR", "ON", "TO", "OR"])
const ACRONYMS = new Set(["LED", "UK", "DIY"])
// Abbreviations the source uses for whole words.
const WORD_EXPANSIONS: Record<string, string> = {
  PC: "PIECE",
  ANT: "ANTIQUE",
  SML: "SMALL",
  LRG: "LARGE",
  CHILDRENS: "CHILDREN'S",
}

/** Upper-case, single-spaced, without trailing punctuation, abbreviations spelt out. */
export function normaliseDescription(description: string): string {
  return description
    .toUpperCase()
    .replace(/\bSET\s*\/\s*(\d+)/g, "SET OF $1")
    .replace(/\bOF(\d+)\b/g, "OF $1")
    .replace(/\s*\+\s*/g, " & ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:\s]+$/, "")
    .split(" ")
    .map((word) => WORD_EXPANSIONS[word] ?? word)
    .join(" ")
}

/**
 * Separates a colour word from the design it is a colour of, so that
 * "ALARM CLOCK BAKELIKE RED" and "ALARM CLOCK BAKELIKE GREEN" share the
 * design "ALARM CLOCK BAKELIKE". Only the first colour word counts: in
 * "BAROQUE BLACK WHITE" the second one is part of the pattern.
 */
export function splitColour(name: string): { design: string; colour: string | null } {
  const words = name.split(" ")
  const index = words.findIndex((word) => COLOURS.has(word))
  if (index === -1) {
    return { design: name, colour: null }
  }
  return { design: words.filter((_, i) => i !== index).join(" "), colour: words[index] }
}

function capitalise(word: string): string {
  return word
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("-")
}

/** "WHITE HANGING HEART T-LIGHT HOLDER" → "White Hanging Heart T-Light Holder". */
export function titleCase(name: string): string {
  return name
    .split(" ")
    .map((word, i) => {
      if (ACRONYMS.has(word)) return word
      if (i > 0 && SMALL_WORDS.has(word)) return word.toLowerCase()
      return capitalise(word)
    })
    .join(" ")
}

/** "Gin & Tonic Diet Metal Sign" → "gin-and-tonic-diet-metal-sign". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
