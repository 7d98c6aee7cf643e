import path from "node:path";
import type { Partnership } from "../model";
import type { SpreadsheetAnalysis } from "./sheet";
import { columnLetter, quoteList } from "./sheet-headers";
import type { ImportError } from "./values";

const wholeEuros = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/**
 * Exact to the cent (lib/format's formatEuros rounds to the euro): inspect shows what would be
 * stored. Plain spaces, for a terminal and for grep.
 */
const euros = (amount: number) => `${(Number.isInteger(amount) ? wholeEuros : cents).format(amount).replace(/[\u00a0\u202f]/g, " ")} €`;
const STATUS_TEXT: Record<NonNullable<Partnership["status"]>, string> = { ongoing: "En cours", completed: "Terminé" };

/** The report of `atlas inspect`: what import would read from the file, and how it decided. */
export function formatInspection(analysis: SpreadsheetAnalysis, shown: number): string {
  const { file, sheetFile, layout, groups, problems } = analysis;
  const lines: string[] = [];
  const sheets = sheetFile.format === "xlsx" ? `; sheets ${quoteList(sheetFile.sheets.map((s) => s.name))}` : "";
  lines.push(`File: ${path.basename(file)} (${sheetFile.format.toUpperCase()}${sheets})`);
  if (sheetFile.separator) lines.push(`  separator: ${sheetFile.separator === "\t" ? "tab" : `"${sheetFile.separator}"`}`);
  for (const note of sheetFile.notes) lines.push(`  ${note}`);
  if (sheetFile.format === "xlsx") lines.push(`Sheet used: "${layout.sheet}"`);
  lines.push(`Header row: line ${layout.headerLine}`);
  lines.push(`Headers: ${quoteList(layout.headers.filter(Boolean))}`);
  lines.push("Columns read (header → column, how):");
  for (const mapped of layout.columns) {
    lines.push(`  ${columnLetter(mapped.index)} "${mapped.header}" → ${mapped.column} (${mapped.how})`);
  }
  lines.push(layout.ignored.length > 0 ? "Columns ignored:" : "Columns ignored: none");
  for (const ignored of layout.ignored) {
    lines.push(`  ${columnLetter(ignored.index)} "${ignored.header}": ${ignored.why}`);
  }
  const rowCount = groups.reduce((count, group) => count + group.lines.length, 0);
  lines.push(`Data: ${rowCount} row${rowCount === 1 ? "" : "s"} → ${groups.length} partnership${groups.length === 1 ? "" : "s"}`);
  lines.push(
    problems.length === 0
      ? `Import: would import the ${groups.length} partnerships`
      : `Import: would reject the file (${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing of it is imported)`,
  );
  // The header's problems and those between partnerships (a shared id) belong to no one group.
  const ofGroups = new Set(groups.flatMap((group) => group.problems));
  const ofFile = problems.filter((problem) => !ofGroups.has(problem));
  if (ofFile.length > 0) {
    lines.push("Problems of the file:");
    for (const problem of ofFile) lines.push(`  ${problem.message}`);
  }
  const first = groups.slice(0, shown);
  lines.push("", `First ${first.length} partnership${first.length === 1 ? "" : "s"} as they would be imported:`);
  first.forEach((group, index) => {
    lines.push(`${index + 1}. line${group.lines.length === 1 ? "" : "s"} ${group.lines.join(", ")}`);
    if (group.partnership) lines.push(...describe(group.partnership).map((line) => `   ${line}`));
    lines.push(...problemLines(group.problems));
  });
  const later = groups.slice(shown).reduce((count, group) => count + group.problems.length, 0);
  if (later > 0) lines.push("", `${later} more problem${later === 1 ? "" : "s"} in the rows not shown (import lists them all).`);
  return `${lines.join("\n")}\n`;
}

function problemLines(problems: readonly ImportError[]): string[] {
  if (problems.length === 0) return ["   Problems: none"];
  return ["   Problems:", ...problems.map((problem) => `     ${problem.message}`)];
}

function describe(p: Partnership): string[] {
  const authorities = p.frenchAuthorities.map((a) => (a.kind ? `${a.name} (${a.kind} ${a.code})` : `${a.name} (not found in the official geography)`));
  const partners = p.foreignPartners.map((f) => `${f.name} (${f.countryName}${f.country ? `, ${f.country}` : ": unknown country"})`);
  const theme = p.theme ? [p.theme.theme, p.theme.subTheme, p.theme.subSubTheme].filter(Boolean).join(" › ") : "—";
  const total = p.funding.reduce((sum, row) => sum + row.amount, 0);
  return [
    `Title: ${p.title.replace(/\n/g, " / ")}`,
    `Id: ${p.id}${p.source.atlasId ? ` (Atlas project ${p.source.atlasId})` : ""}${p.source.real ? "" : " · not real (origine demo)"}`,
    `French authorities: ${authorities.join("; ") || "—"}`,
    `Foreign partners: ${partners.join("; ") || "—"}`,
    `Theme: ${theme}`,
    `Start year: ${p.startYear ?? "—"} · first signature: ${p.firstSignatureYear ?? "—"} · status: ${p.status ? STATUS_TEXT[p.status] : "—"} · end date: ${p.endDate ?? "—"}`,
    `Funding: ${p.funding.length} row${p.funding.length === 1 ? "" : "s"}${p.funding.length > 0 ? `, ${euros(total)}` : ""}`,
    ...p.funding.map(
      (row) => `  ${row.year ?? "—"}  ${row.financer} (${row.category})  ${euros(row.amount)}${row.oudinAmount !== null ? ` · 1 % Eau ${euros(row.oudinAmount)}` : ""}`,
    ),
  ];
}
