/**
 * The English table where the server, tests and scripts read it (package.json "imports",
 * "#labels-en"). Browsers get en-table.browser.ts instead: a French page never downloads the
 * English words, and an English one loads them before it draws (lib/i18n/LangContext.tsx).
 */
export { en } from "./en";
