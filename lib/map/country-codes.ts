import countries from "i18n-iso-countries";

/** The ISO numeric code (zero-padded, as in the Natural Earth / world-atlas shapes) of an alpha-2 code. */
export function countryNumericCode(code: string): string | null {
  return countries.alpha2ToNumeric(code) ?? null;
}
