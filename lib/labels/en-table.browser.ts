import type { Labels } from "./index";

/** In the browser's first load: none (see en-table.ts); LangProvider loads the table when a page needs it. */
export const en: Labels | undefined = undefined;
