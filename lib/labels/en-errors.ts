import type { errorsFr } from "./fr-errors";

/** The English text of the 400 page that proxy.ts answers for an address it cannot decode. */
export const errorsEn: typeof errorsFr = {
  badRequestTitle: "Invalid address",
  badRequestText:
    "This address contains badly encoded characters (a “%” not followed by two hexadecimal digits, for example): it matches no page.",
  home: "Back to the dashboard",
};
