/** The option that holds colours, whatever the merchant called it. */
const COLOUR_OPTION_TITLES = ["colour", "color"]

export function coloursOf(options: Record<string, string[]>): string[] {
  return COLOUR_OPTION_TITLES.flatMap((title) => options[title] ?? [])
}
