/**
 * Postcode shapes of the countries the shop delivers to, so a typo is caught while the
 * shopper is still on the form rather than by the courier. Countries not listed here are
 * only checked for length.
 */
const POSTCODE_FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  fr: { pattern: /^\d{5}$/, example: "69001" },
  de: { pattern: /^\d{5}$/, example: "10115" },
  es: { pattern: /^\d{5}$/, example: "28001" },
  it: { pattern: /^\d{5}$/, example: "00184" },
  nl: { pattern: /^\d{4} ?[a-z]{2}$/i, example: "1012 AB" },
  be: { pattern: /^\d{4}$/, example: "1000" },
  at: { pattern: /^\d{4}$/, example: "1010" },
  lu: { pattern: /^(l-?)?\d{4}$/i, example: "1009" },
  pt: { pattern: /^\d{4}-\d{3}$/, example: "1100-148" },
  ie: { pattern: /^[a-z\d]{3} ?[a-z\d]{4}$/i, example: "D02 X285" },
  gb: { pattern: /^[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}$/i, example: "SW1A 1AA" },
};

export function postcodeProblem(postcode: string, countryCode: string): string | undefined {
  if (!postcode) return "Enter a postcode";
  if (postcode.length > 12) return "Postcode must be 12 characters or fewer";
  const format = POSTCODE_FORMATS[countryCode];
  if (format && !format.pattern.test(postcode)) return `Enter a real postcode, like ${format.example}`;
  return undefined;
}

/** Where the space goes, counted from the end: "SW1A 1AA", "D02 X285", "1012 AB". */
const SPACE_BEFORE_LAST: Record<string, number> = { gb: 3, ie: 4, nl: 2 };

/** Postcodes written the way the courier prints them: "sw1a1aa" becomes "SW1A 1AA". */
export function normalisePostcode(postcode: string, countryCode: string): string {
  const inwardLength = SPACE_BEFORE_LAST[countryCode];
  if (!inwardLength) return postcode.trim().toUpperCase();
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  return compact.length > inwardLength ? `${compact.slice(0, -inwardLength)} ${compact.slice(-inwardLength)}` : compact;
}
