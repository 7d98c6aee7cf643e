/** Every number the interface shows goes through these French (fr-FR) formatters. */
const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** 12700 → "12 700" (narrow no-break space as the thousands separator). */
export const formatInteger = (value: number): string => integer.format(value);

/** 48652 → "48 652 €". */
export const formatEuros = (amount: number): string => euros.format(amount);

/** 1_234_567 → "1,2 M€", 48_652 → "48,7 k€", 9_500 → "9 500 €": for tiles and axes. */
export function formatEurosCompact(amount: number): string {
  const abs = Math.abs(amount);
  const scaled = (value: number, unit: string) => `${compact.format(value)} ${unit}`;
  if (abs >= 1e9) return scaled(amount / 1e9, "Md€");
  if (abs >= 1e6) return scaled(amount / 1e6, "M€");
  if (abs >= 1e4) return scaled(amount / 1e3, "k€");
  return formatEuros(amount);
}

/** 0.384 → "38 %". */
export const formatPercent = (share: number): string => percent.format(share);

/** "2026-11-28" → "28/11/2026". */
export const formatIsoDate = (iso: string): string => iso.split("-").reverse().join("/");

const ratio = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** 4.5312 → "4,53": a ratio of two figures (a comparison's B / A). */
export const formatRatio = (value: number): string => ratio.format(value);
