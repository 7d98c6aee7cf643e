/**
 * The same dataset in DuckDB tables and the engine's aggregate semantics in SQL: an independent
 * implementation to time against the engine and to check its arithmetic.
 *
 * Tables (one row per partnership p, funding row, partner, theme entry, French authority):
 *   partnerships(p, status, form, start_year, first_signature_year, end_date_year, n_entries, search_text)
 *   funding(p, financer, category, amount, oudin, year)
 *   p_country(p, country)            one row per foreign partner (country NULL when unknown)
 *   country_region(country, region)  world region of each country that has one
 *   p_partner(p, partner)            foreign partner key "country-or-name|name"
 *   p_theme(p, ord, main, theme, sub_theme, sub_sub_theme)  main theme first (main = true), then secondary ones
 *   p_authority(p, authority, kind, departement, region)
 * Keys are derived from the records as the engine derives them: slugs (slugify), authority keys
 * (authorityKey), world regions (worldRegionOf), normalized search text (normalizeName). Everything
 * else (year rules, multi-valued dimensions, theme rules, "none" groups) is computed in SQL.
 */
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { authorityKey, type Dataset } from "../../lib/model";
import { normalizeName } from "../../lib/normalize";
import type { AggregateQuery } from "../../lib/query/params";
import { worldRegionOf } from "../../lib/regions";
import { slugify } from "../../lib/slug";

const SCHEMA = `
CREATE TABLE partnerships (p INTEGER, status VARCHAR, form VARCHAR, start_year SMALLINT, first_signature_year SMALLINT,
  end_date_year SMALLINT, n_entries INTEGER, search_text VARCHAR);
CREATE TABLE funding (p INTEGER, financer VARCHAR, category VARCHAR, amount DOUBLE, oudin DOUBLE, year SMALLINT);
CREATE TABLE p_country (p INTEGER, country VARCHAR);
CREATE TABLE country_region (country VARCHAR, region VARCHAR);
CREATE TABLE p_partner (p INTEGER, partner VARCHAR);
CREATE TABLE p_theme (p INTEGER, ord INTEGER, main BOOLEAN, theme VARCHAR, sub_theme VARCHAR, sub_sub_theme VARCHAR);
CREATE TABLE p_authority (p INTEGER, authority VARCHAR, kind VARCHAR, departement VARCHAR, region VARCHAR);
`;

export interface DuckDb {
  connection: DuckDBConnection;
  close: () => void;
  loadMs: number;
}

type Cell = string | number | boolean | null;

function appendRow(appender: DuckDBAppender, cells: Cell[]): void {
  for (const cell of cells) {
    if (cell === null) appender.appendNull();
    else if (typeof cell === "string") appender.appendVarchar(cell);
    else if (typeof cell === "boolean") appender.appendBoolean(cell);
    else if (Number.isInteger(cell)) appender.appendInteger(cell);
    else appender.appendDouble(cell);
  }
  appender.endRow();
}

/** Loads the dataset into an in-memory DuckDB database. */
export async function loadDuckDb(dataset: Dataset): Promise<DuckDb> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const statement of SCHEMA.split(";").map((s) => s.trim()).filter(Boolean)) await connection.run(statement);
  const open = async (table: string) => connection.createAppender(table);
  const [partnerships, funding, countries, partners, themes, authorities] = await Promise.all(
    ["partnerships", "funding", "p_country", "p_partner", "p_theme", "p_authority"].map(open),
  );
  const appenders = [partnerships!, funding!, countries!, partners!, themes!, authorities!];
  const regions = new Map<string, string | null>();

  dataset.partnerships.forEach((record, p) => {
    const entries = [...(record.theme ? [{ ...record.theme, main: true }] : []), ...record.otherThemes.map((t) => ({ ...t, main: false }))];
    appendRow(partnerships!, [
      p,
      record.status,
      record.form ? slugify(record.form) : null,
      record.startYear,
      record.firstSignatureYear,
      record.endDate ? Number(record.endDate.slice(0, 4)) : null,
      entries.length,
      ` ${normalizeName(`${record.title} ${record.description ?? ""}`)} `,
    ]);
    for (const row of record.funding) {
      funding!.appendInteger(p);
      funding!.appendVarchar(slugify(row.financer));
      funding!.appendVarchar(row.category);
      funding!.appendDouble(row.amount);
      if (row.oudinAmount === null) funding!.appendNull();
      else funding!.appendDouble(row.oudinAmount);
      if (row.year === null) funding!.appendNull();
      else funding!.appendInteger(row.year);
      funding!.endRow();
    }
    for (const partner of record.foreignPartners) {
      appendRow(countries!, [p, partner.country]);
      appendRow(partners!, [p, `${partner.country ?? partner.countryName}|${partner.name}`]);
      if (partner.country && !regions.has(partner.country)) regions.set(partner.country, worldRegionOf(partner.country));
    }
    entries.forEach((entry, ord) => {
      // As in the model, a sub-sub-theme exists only under a sub-theme.
      const subTheme = entry.subTheme ? slugify(entry.subTheme) : null;
      appendRow(themes!, [p, ord, entry.main, slugify(entry.theme), subTheme, subTheme && entry.subSubTheme ? slugify(entry.subSubTheme) : null]);
    });
    for (const authority of record.frenchAuthorities) {
      appendRow(authorities!, [p, authorityKey(authority), authority.kind, authority.departement, authority.region]);
    }
  });
  for (const appender of appenders) appender.closeSync();
  const regionAppender = await connection.createAppender("country_region");
  for (const [country, region] of regions) if (region) appendRow(regionAppender, [country, region]);
  regionAppender.closeSync();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
    loadMs: performance.now() - started,
  };
}

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const list = (values: readonly string[]) => values.map(lit).join(", ");

const THEME_COLUMN = { theme: "theme", subTheme: "sub_theme", subSubTheme: "sub_sub_theme" } as const;
const ROW_KEY = { financer: "f.financer", financerCategory: "f.category", year: "coalesce(CAST(f.year AS VARCHAR), 'none')" } as const;

/** SQL of one aggregate query: rows (key, value, partnerships), or with `totals` one row (total, partnerships, funded). */
export function aggregateSql(q: AggregateQuery, totals = false): string {
  if (q.by === "activeYear" && (q.measure === "amount" || q.measure === "oudinAmount")) {
    throw new Error("by=activeYear counts partnerships: the engine refuses amounts, and so does this");
  }
  const themeFilter = q.theme !== undefined || q.subTheme !== undefined || q.subSubTheme !== undefined;
  const entryMatch = (t: string) =>
    [
      q.theme !== undefined ? `${t}.theme = ${lit(q.theme)}` : null,
      q.subTheme !== undefined ? `${t}.sub_theme = ${lit(q.subTheme)}` : null,
      q.subSubTheme !== undefined ? `${t}.sub_sub_theme = ${lit(q.subSubTheme)}` : null,
    ]
      .filter(Boolean)
      .join(" AND ") || "TRUE";
  const hasYears = q.yearFrom !== undefined || q.yearTo !== undefined;
  const rowPasses = [
    q.financer.length ? `f.financer IN (${list(q.financer)})` : null,
    q.financerCategory.length ? `f.category IN (${list(q.financerCategory)})` : null,
    hasYears ? "f.year IS NOT NULL" : null,
    q.yearFrom !== undefined ? `f.year >= ${q.yearFrom}` : null,
    q.yearTo !== undefined ? `f.year <= ${q.yearTo}` : null,
  ].filter(Boolean);
  const rowWhere = rowPasses.length ? rowPasses.join(" AND ") : "TRUE";

  const where: string[] = [];
  if (q.status !== undefined) where.push(`x.status = ${lit(q.status)}`);
  if (q.form !== undefined) where.push(`x.form = ${lit(q.form)}`);
  if (q.country.length) where.push(`x.p IN (SELECT p FROM p_country WHERE country IN (${list(q.country)}))`);
  if (q.region.length) where.push(`x.p IN (SELECT c.p FROM p_country c JOIN country_region cr USING (country) WHERE cr.region IN (${list(q.region)}))`);
  if (q.authority.length) where.push(`x.p IN (SELECT p FROM p_authority WHERE authority IN (${list(q.authority)}))`);
  if (q.authorityKind.length) where.push(`x.p IN (SELECT p FROM p_authority WHERE kind IN (${list(q.authorityKind)}))`);
  if (q.departement.length) where.push(`x.p IN (SELECT p FROM p_authority WHERE departement IN (${list(q.departement)}))`);
  if (q.frenchRegion.length) where.push(`x.p IN (SELECT p FROM p_authority WHERE region IN (${list(q.frenchRegion)}))`);
  if (themeFilter) {
    where.push(`x.p IN (SELECT p FROM p_theme t WHERE ${q.themeScope === "main" ? "t.main AND " : ""}${entryMatch("t")})`);
  }
  if (q.q) {
    for (const word of normalizeName(q.q).split(" ").filter(Boolean)) where.push(`contains(x.search_text, ${lit(` ${word}`)})`);
  }
  if (q.financer.length || q.financerCategory.length) where.push(`x.p IN (SELECT p FROM funding f WHERE ${rowWhere})`);

  // Year range on partnerships: start = start year, else first signature year; end = 9999 when
  // ongoing, else the end date's year, else the start year when completed, else 9999.
  const from = q.yearFrom ?? -100000;
  const to = q.yearTo ?? 100000;
  const selected = !hasYears
    ? "TRUE"
    : q.yearMode === "started"
      ? `(x.start IS NOT NULL AND x.start BETWEEN ${from} AND ${to})`
      : `(x.start IS NOT NULL AND x.start <= ${to} AND x.end_year >= ${from})`;
  const split = q.themeRule === "split" && themeFilter;

  const ctes = [
    `px AS (SELECT *, coalesce(start_year, first_signature_year) AS start,
       CASE WHEN status = 'ongoing' THEN 9999 WHEN end_date_year IS NOT NULL THEN end_date_year
            WHEN status = 'completed' THEN coalesce(start_year, first_signature_year, 0) ELSE 9999 END AS end_year
     FROM partnerships)`,
    split ? `ts AS (SELECT p, count(*) AS k FROM p_theme t WHERE ${entryMatch("t")} GROUP BY p)` : null,
    `m AS (SELECT x.p, x.status, x.form, x.start, x.end_year, x.n_entries, ${selected} AS sel,
       ${split ? "CASE WHEN x.n_entries > 0 THEN coalesce(ts.k, 0) / x.n_entries ELSE 1.0 END" : "1.0"} AS share
     FROM px x ${split ? "LEFT JOIN ts USING (p)" : ""}
     ${where.length ? `WHERE ${where.join("\n       AND ")}` : ""})`,
    `r AS (SELECT f.p, f.financer, f.category, f.year, ${q.measure === "oudinAmount" ? "coalesce(f.oudin, 0)" : "f.amount"} AS amt
     FROM funding f SEMI JOIN m USING (p) WHERE ${rowWhere})`,
  ].filter(Boolean);

  const isAmount = q.measure === "amount" || q.measure === "oudinAmount";
  const members =
    q.measure === "frenchAuthorities" ? "(SELECT p, authority AS member FROM p_authority)" : q.measure === "foreignPartners" ? "(SELECT p, partner AS member FROM p_partner)" : null;
  const cast = (sql: string) => `CAST(${sql} AS DOUBLE)`;

  if (totals) {
    const total = isAmount
      ? "(SELECT coalesce(sum(pa.amount * m.share), 0) FROM m JOIN (SELECT p, sum(amt) AS amount FROM r GROUP BY p) pa USING (p))"
      : q.measure === "partnerships"
        ? "(SELECT count(*) FROM m WHERE sel)"
        : `(SELECT count(DISTINCT mb.member) FROM m JOIN ${members} mb USING (p) WHERE m.sel)`;
    return `WITH ${ctes.join(",\n")}
SELECT ${cast(total)} AS total, ${cast("(SELECT count(*) FROM m WHERE sel)")} AS partnerships,
  ${cast("(SELECT count(*) FROM m WHERE sel AND p IN (SELECT p FROM r))")} AS funded`;
  }

  const by = q.by;
  if (by === "financer" || by === "financerCategory" || by === "year") {
    // Funding-row breakdowns: a row goes to its own group; a partnership counts in each group it has
    // a selected row in (matching the filters; the year range applies to the rows, not to it).
    const key = ROW_KEY[by];
    const value = isAmount ? "sum(r.amt * m.share)" : members ? "count(DISTINCT mb.member)" : "count(DISTINCT r.p)";
    return `WITH ${ctes.join(",\n")}
SELECT key, ${cast("value")} AS value, ${cast("partnerships")} AS partnerships FROM (
  SELECT ${key.replace(/f\./g, "r.")} AS key, ${value} AS value, count(DISTINCT r.p) AS partnerships
  FROM r JOIN m USING (p) ${members ? `LEFT JOIN ${members} mb USING (p)` : ""}
  GROUP BY 1
) WHERE value <> 0 OR partnerships <> 0`;
  }

  // Breakdowns on the partnership's own attributes: g(p, key, weight), one row per partnership and
  // group (a partnership counts once in a group; under "split" its weights in the group add up).
  // Keys: NULL stands for "none"; years stay integers until the end.
  let groups: string;
  const byTheme = by === "theme" || by === "subTheme" || by === "subSubTheme";
  if (by === "theme" || by === "subTheme" || by === "subSubTheme") {
    const column = `t.${THEME_COLUMN[by]}`;
    const mainOnly = `SELECT m.p, ${column} AS key, 1.0 AS weight FROM m LEFT JOIN p_theme t ON t.p = m.p AND t.main`;
    if (q.themeRule === "main") groups = mainOnly;
    else {
      const matching = `FROM m JOIN p_theme t ON t.p = m.p AND ${entryMatch("t")}`;
      groups = `${mainOnly} WHERE m.n_entries = 0 UNION ALL ${
        q.themeRule === "split"
          ? `SELECT m.p, ${column}, sum(1.0 / m.n_entries) ${matching} GROUP BY m.p, ${column}`
          : `SELECT DISTINCT m.p, ${column}, 1.0 ${matching}`
      }`;
    }
  } else if (by === "status" || by === "form" || by === "startYear") {
    groups = `SELECT m.p, m.${by === "startYear" ? "start" : by} AS key, 1.0 AS weight FROM m`;
  } else if (by === "activeYear") {
    // Every year from the start to the end (ongoing: the last year the dataset mentions), within the year range.
    const last = `(SELECT greatest(coalesce(max(start), 0), coalesce(max(end_year) FILTER (WHERE end_year <> 9999), 0),
      coalesce((SELECT max(year) FROM funding), 0)) AS last_year FROM px)`;
    groups = `SELECT m.p, NULL::INTEGER AS key, 1.0 AS weight FROM m WHERE m.start IS NULL
      UNION ALL
      SELECT p, y, 1.0 FROM (
        SELECT m.p, unnest(generate_series(greatest(m.start, ${q.yearFrom ?? -100000}), least(m.end_year, ly.last_year, ${q.yearTo ?? 100000}))) AS y
        FROM m CROSS JOIN ${last} ly WHERE m.start IS NOT NULL)`;
  } else {
    const source = {
      // A partner of unknown country and a partnership without partner both fall under "none".
      country: "SELECT p, coalesce(country, 'unknown') AS key FROM p_country",
      region: "SELECT c.p, cr.region AS key FROM p_country c JOIN country_region cr USING (country)",
      authority: "SELECT p, authority AS key FROM p_authority",
      departement: "SELECT p, departement AS key FROM p_authority WHERE departement IS NOT NULL",
      frenchRegion: "SELECT p, region AS key FROM p_authority WHERE region IS NOT NULL",
    }[by];
    groups = `SELECT DISTINCT m.p, coalesce(s.key, 'none') AS key, 1.0 AS weight FROM m LEFT JOIN (${source}) s USING (p)`;
  }
  const value = isAmount
    ? `sum(coalesce(pa.amount, 0) * ${byTheme ? "g.weight" : "m.share"})`
    : members
      ? "count(DISTINCT mb.member) FILTER (WHERE m.sel)"
      : "count(*) FILTER (WHERE m.sel)";
  return `WITH ${ctes.join(",\n")},
g AS (${groups})
SELECT coalesce(CAST(key AS VARCHAR), 'none') AS key, ${cast("value")} AS value, ${cast("partnerships")} AS partnerships FROM (
  SELECT g.key, ${value} AS value, ${members ? "count(DISTINCT g.p)" : "count(*)"} FILTER (WHERE m.sel) AS partnerships
  FROM g JOIN m USING (p)
  ${isAmount ? "LEFT JOIN (SELECT p, sum(amt) AS amount FROM r GROUP BY p) pa USING (p)" : ""}
  ${members ? `LEFT JOIN ${members} mb USING (p)` : ""}
  GROUP BY g.key
) WHERE value <> 0 OR partnerships <> 0`;
}

export interface SqlRow {
  key: string;
  value: number;
  partnerships: number;
}

export async function runRows(connection: DuckDBConnection, sql: string): Promise<SqlRow[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows().map(([key, value, partnerships]) => ({ key: String(key), value: Number(value), partnerships: Number(partnerships) }));
}

export async function runTotals(connection: DuckDBConnection, sql: string): Promise<{ total: number; partnerships: number; funded: number }> {
  const reader = await connection.runAndReadAll(sql);
  const [total, partnerships, funded] = reader.getRows()[0]!;
  return { total: Number(total), partnerships: Number(partnerships), funded: Number(funded) };
}
