/**
 * Whether a count, given as the text the page shows ("0", "1", "1 204"), takes the singular in
 * French: zero and one do ("0 partenariat", "1 partenariat").
 */
export function frenchSingular(count: string): boolean {
  return count === "0" || count === "1";
}
