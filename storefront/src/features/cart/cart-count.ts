/** The mini-cart link's accessible name, shared by the server island and the enhancement script. */
export function cartLinkLabel(itemCount: number): string {
  return `Cart, ${itemCount} ${itemCount === 1 ? "item" : "items"}`;
}
