/**
 * The stable addresses of the downloads. The whole dataset's files sit under /export/donnees/, the
 * list's under /export/liste/: /export/<name>.<format> is a dashboard panel's (app/export/[file]).
 */

/** The whole dataset's files, by name in their URL. */
export const DATA_FILES = ["partenariats.csv", "financements.csv", "atlas.xlsx", "atlas.json", "LISEZMOI.md"] as const;
export type DataFile = (typeof DATA_FILES)[number];
export const isDataFile = (name: string): name is DataFile => (DATA_FILES as readonly string[]).includes(name);

export const dataFileHref = (file: DataFile): string => `/export/donnees/${file}`;

/** The formats of a list's export. */
export const LIST_FORMATS = ["csv", "xlsx"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
export const isListFormat = (name: string): name is ListFormat => (LIST_FORMATS as readonly string[]).includes(name);

/** The one file name of a list's export, before its format. */
export const LIST_FILE = "partenariats";

/** A list's export: `query` holds the list page's parameters (filters and sort). */
export const listExportHref = (format: ListFormat, query: string): string => `/export/liste/${LIST_FILE}.${format}${query ? `?${query}` : ""}`;

/** The CSV of an explanation ("Détail" of a row): `query` holds /api/explain's parameters. Not under /export/<name>.<format>'s panels. */
export const explainCsvHref = (query: string): string => `/export/detail.csv${query ? `?${query}` : ""}`;
