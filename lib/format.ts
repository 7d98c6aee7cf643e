import { DEFAULT_LANG, type Lang, LOCALES } from "./i18n/lang";

/** The number and date formats of one language: every number the interface shows goes through them. */
export interface Formats {
  /** 12700 → "12 700" (fr, narrow no-break space) / "12,700" (en). */
  integer(value: number): string;
  /** 48652 → "48 652 €" / "€48,652". */
  euros(amount: number): string;
  /** 1_234_567 → "1,2 M€" / "€1.2m"; 48_652 → "48,7 k€" / "€48.7k"; 9_500 → "9 500 €" / "€9,500": for tiles and axes. */
  eurosCompact(amount: number): string;
  /** 0.384 → "38 %" / "38%". */
  percent(share: number): string;
  /** 0.1243 → "12,4 %" / "12.4%": a share read on its own (a theme's part of all funding), where tenths tell small shares apart. */
  percentTenths(share: number): string;
  /** "2026-11-28" → "28/11/2026" in both (British English puts the day first too). */
  isoDate(iso: string): string;
  /** 4.5312 → "4,53" / "4.53": a ratio of two figures (a comparison's B / A). */
  ratio(value: number): string;
}

// French writes the unit after the number ("1,2 M€"), English the currency sign before ("€1.2m").
const COMPACT_UNITS: Record<Lang, [number, string][]> = {
  fr: [[1e9, "Md€"], [1e6, "M€"], [1e3, "k€"]],
  en: [[1e9, "bn"], [1e6, "m"], [1e3, "k"]],
};

function makeFormats(lang: Lang): Formats {
  const locale = LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const euros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const percentTenths = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const ratio = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const units = COMPACT_UNITS[lang];
  const scaled = (value: number, unit: string) =>
    lang === "fr" ? `${compact.format(value)} ${unit}` : `${value < 0 ? "-" : ""}€${compact.format(Math.abs(value))}${unit}`;
  return {
    integer: (value) => integer.format(value),
    euros: (amount) => euros.format(amount),
    eurosCompact(amount) {
      const abs = Math.abs(amount);
      // Thousands are written in full below 10,000: "9 500 €" reads better than "9,5 k€".
      for (const [size, unit] of units) if (abs >= Math.max(size, 1e4)) return scaled(amount / size, unit);
      return euros.format(amount);
    },
    percent: (share) => percent.format(share),
    percentTenths: (share) => percentTenths.format(share),
    isoDate: (iso) => iso.split("-").reverse().join("/"),
    ratio: (value) => ratio.format(value),
  };
}

const FORMATS: Record<Lang, Formats> = { fr: makeFormats("fr"), en: makeFormats("en") };

/** The formats of a language (French by default). */
export function formatsOf(lang: Lang = DEFAULT_LANG): Formats {
  return FORMATS[lang];
}

// The French formats under their historical names: most of the code formats in French.
const french = FORMATS.fr;
/** 12700 → "12 700" (narrow no-break space as the thousands separator). */
export const formatInteger = french.integer;
/** 48652 → "48 652 €". */
export const formatEuros = french.euros;
/** 1_234_567 → "1,2 M€", 48_652 → "48,7 k€", 9_500 → "9 500 €": for tiles and axes. */
export const formatEurosCompact = french.eurosCompact;
/** 0.384 → "38 %". */
export const formatPercent = french.percent;
/** "2026-11-28" → "28/11/2026". */
export const formatIsoDate = french.isoDate;
/** 4.5312 → "4,53": a ratio of two figures (a comparison's B / A). */
export const formatRatio = french.ratio;
