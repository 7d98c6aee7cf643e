/** The first `max` names of a list and how many more there are, for a table cell that must stay short. */
export function abbreviateNames(names: readonly string[], max = 3): { shown: string[]; more: number } {
  // Showing "et 1 autre" would take the room of the name itself.
  if (names.length <= max + 1) return { shown: [...names], more: 0 };
  return { shown: names.slice(0, max), more: names.length - max };
}
