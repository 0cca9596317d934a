/**
 * Which suggestion the arrow keys land on: -1 is the text box itself, so
 * moving past either end of the list returns there, as in native comboboxes.
 */
export function nextActive(current: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  const next = current + step;
  if (next >= count) return -1;
  if (next < -1) return count - 1;
  return next;
}
