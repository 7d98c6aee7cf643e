import type { Partnership } from "../../model";
import type { FicheRendering } from "../fiche-renderings";
import { ficheAsBrowserCopy } from "./browser-copy";
import { ficheAsHtml } from "./html";
import { ficheAsPageText } from "./page-text";

export { ficheAsBrowserCopy, ficheAsHtml, ficheAsPageText };

/** The writer of each rendering parseFiche reads, by the name ficheRendering gives it. */
export const FICHE_RENDERERS: Record<FicheRendering, (p: Partnership) => string> = {
  "page-text": ficheAsPageText,
  "browser-copy": ficheAsBrowserCopy,
  html: ficheAsHtml,
};
