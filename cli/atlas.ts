/**
 * The project's command line: `npm run --silent atlas -- <command>`. Results go to stdout and
 * nothing else does; messages and errors go to stderr. Exit 0: done; 1: some input was rejected;
 * 2: the command itself was misused.
 */
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { datasetJsonChunks } from "../lib/data/dataset-json";
import { loadEngine, snapshotIsCurrent } from "../lib/data/load-engine";
import { snapshotPath } from "../lib/data/snapshot";
import { datasetPath, isDatasetError, readDataset, writeDataset } from "../lib/data/store";
import { DEFAULT_DEMO_OPTIONS, demoDate, generateDemoPartnerships } from "../lib/demo/generate";
import { fundingRules } from "../lib/ingest/checks";
import { toCsv } from "../lib/ingest/csv";
import { parseFiche } from "../lib/ingest/fiche";
import { importFiles, mergePartnerships } from "../lib/ingest/import";
import { readRealRecords } from "../lib/ingest/real-records";
import { type ColumnMap, inspectSpreadsheet, loadColumnMap } from "../lib/ingest/sheet";
import { ImportError } from "../lib/ingest/values";
import type { Dataset } from "../lib/model";

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_DATA_DIR = process.env.ATLAS_DATA_DIR ?? path.join(ROOT, "data");
const REAL_RECORDS_DIR = path.join(ROOT, "data", "real");

const USAGE = `Usage: npm run --silent atlas -- <command>
  parse-fiche FILE [--id ID]                 print one Atlas fiche as a JSON partnership (ID: its Atlas id,
                                             when neither the file name nor the page gives it)
  import [--data-dir DIR] [--map MAP.json] [--allow-large-amounts] FILE|DIR…
                                             add fiches (.txt, .html), CSV, JSON or spreadsheet (.xlsx, .csv)
                                             files to the dataset (a directory stands for the files it
                                             holds); MAP.json names a spreadsheet's columns;
                                             --allow-large-amounts accepts funding rows above 50 M€
  inspect FILE [--map MAP.json] [--allow-large-amounts]
                                             show how a spreadsheet would be read (sheet, header row,
                                             columns read and ignored, first partnerships, problems)
  demo [--data-dir DIR] [--scale N] [--seed S]  generate the demonstration dataset (replaces DIR's dataset)
  ensure-demo [--data-dir DIR]               generate the demonstration dataset only if DIR has none
                                             (and rebuild the index snapshot if it is missing or stale)
  index [--data-dir DIR]                     validate DIR's dataset and rewrite it with its index snapshot
  export [--data-dir DIR] [--format csv|json] print the dataset in the project's CSV or JSON format
  check [--data-dir DIR]                     load DIR's dataset as the server does; exit 1 naming the problem
                                             (run by scripts/serve.sh before the server starts)
DIR defaults to $ATLAS_DATA_DIR, else data/.`;

class UsageError extends Error {}

const today = () => new Date().toISOString().slice(0, 10);
const info = (message: string) => process.stderr.write(`${message}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseOptions(rest);
  const dataDir = path.resolve(values["data-dir"] ?? DEFAULT_DATA_DIR);

  switch (command) {
    case "parse-fiche": {
      const [file] = positionals;
      if (!file || positionals.length > 1) throw new UsageError("parse-fiche takes exactly one FILE");
      const atlasId = values.id === undefined ? undefined : atlasIdOption(values.id);
      const partnership = parseFiche(await readFile(file, "utf8"), { atlasId, file: path.basename(file) });
      process.stdout.write(`${JSON.stringify(partnership, null, 2)}\n`);
      return 0;
    }
    case "import": {
      if (positionals.length === 0) throw new UsageError("import needs at least one FILE");
      const options = { map: await mapOption(values.map), allowLargeAmounts: values["allow-large-amounts"] };
      const report = await importFiles(dataDir, positionals, today(), { ...options, onNote: (file, note) => info(`${file}: ${note}`) });
      for (const { file, problems } of report.rejected) {
        for (const problem of problems) info(`rejected ${file}: ${problem.message}`);
      }
      for (const { file, record, field, message } of report.warnings) info(`warning ${file}: record "${record}"${field ? `, field "${field}"` : ""}: ${message}`);
      for (const { file, id, title, matchedBy } of report.updatedRecords) {
        info(`updated record "${id}" (${title.split("\n")[0]}) from ${file}, matched by ${matchedBy.replace("-", " ")}`);
      }
      process.stdout.write(
        `${report.added} added, ${report.updated} updated, ${report.rejected.length} file(s) rejected; ` +
          `${datasetPath(dataDir)} holds ${report.total} partnerships\n`,
      );
      return report.rejected.length > 0 ? 1 : 0;
    }
    case "inspect": {
      const [file] = positionals;
      if (!file || positionals.length > 1) throw new UsageError("inspect takes exactly one FILE");
      const map = await mapOption(values.map);
      const rules = fundingRules({ today: today(), allowLargeAmounts: values["allow-large-amounts"] });
      try {
        process.stdout.write(await inspectSpreadsheet(file, map, { rules }));
        return 0;
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        for (const problem of error.problems) info(`inspect ${file}: ${problem.message}`);
        return 1;
      }
    }
    case "demo":
      await generateDemo(dataDir, numberOption(values.scale, "scale", DEFAULT_DEMO_OPTIONS.scale), numberOption(values.seed, "seed", DEFAULT_DEMO_OPTIONS.seed));
      return 0;
    case "ensure-demo": {
      const exists = await access(datasetPath(dataDir)).then(() => true, () => false);
      if (!exists) await generateDemo(dataDir, DEFAULT_DEMO_OPTIONS.scale, DEFAULT_DEMO_OPTIONS.seed);
      else if (!(await snapshotIsCurrent(dataDir))) await reindex(dataDir);
      return 0;
    }
    case "index":
      await reindex(dataDir);
      return 0;
    case "export": {
      const dataset = await readDataset(dataDir);
      if (!dataset) throw new UsageError(`${dataDir} holds no dataset`);
      const format = values.format ?? "json";
      if (format === "csv") process.stdout.write(toCsv(dataset.partnerships));
      else if (format === "json") {
        // The code path of the server's JSON download (/export/donnees/atlas.json): the same bytes.
        const { partnerships } = dataset;
        const json = (from: number, to: number) => partnerships.slice(from, to).map((p) => JSON.stringify(p)).join(",");
        for (const chunk of datasetJsonChunks(dataset, partnerships.length, json)) process.stdout.write(chunk);
      }
      else throw new UsageError(`--format must be csv or json, not "${format}"`);
      return 0;
    }
    case "check":
      return checkDataset(dataDir);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  }
}

/**
 * Loads the dataset as the server will: a server must not start on a dataset it cannot read and
 * then answer 500 to every request. Exit 1 with the file and the command that fixes it.
 */
async function checkDataset(dataDir: string): Promise<number> {
  const remedy = `fix it with "npm run atlas -- demo" (the demonstration dataset) or "npm run atlas -- import FILE…" (real fiches)`;
  try {
    const loaded = await loadEngine(dataDir, info);
    if (!loaded) {
      info(`${datasetPath(dataDir)} does not exist: ${remedy}`);
      return 1;
    }
    const how = loaded.from === "snapshot" ? "index read from dataset.index" : "records indexed (no current dataset.index)";
    const count = loaded.engine.meta().counts.partnerships;
    info(`${datasetPath(dataDir)}: ${count} partnership${count === 1 ? "" : "s"}, ${how}`);
    await loaded.close();
    return 0;
  } catch (error) {
    if (!isDatasetError(error) && !(error instanceof Error && "code" in error)) throw error;
    info(`${(error as Error).message}; ${remedy}`);
    return 1;
  }
}

/** An Atlas project id given on the command line, like one found in a file name. */
function atlasIdOption(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) throw new UsageError(`--id: "${value}" is not an Atlas project id (a positive integer)`);
  return id;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        id: { type: "string" },
        "data-dir": { type: "string" },
        scale: { type: "string" },
        seed: { type: "string" },
        format: { type: "string" },
        map: { type: "string" },
        "allow-large-amounts": { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The `--map` file, validated: a bad map stops the command before any file is read (exit 1). */
async function mapOption(file: string | undefined): Promise<ColumnMap | null> {
  if (file === undefined) return null;
  try {
    return await loadColumnMap(file);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw new Error(`bad map ${file}:\n${error.problems.map((problem) => `  ${problem.message}`).join("\n")}`);
  }
}

function numberOption(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} must be a positive number, not "${raw}"`);
  return value;
}

async function reindex(dataDir: string): Promise<void> {
  const started = performance.now();
  const dataset = await readDataset(dataDir);
  if (!dataset) throw new UsageError(`${dataDir} holds no dataset`);
  await writeDataset(dataDir, dataset);
  info(`index snapshot of ${dataset.partnerships.length} partnerships written to ${snapshotPath(dataDir)} in ${Math.round(performance.now() - started)} ms`);
}

async function generateDemo(dataDir: string, scale: number, seed: number): Promise<void> {
  const started = performance.now();
  const options = { ...DEFAULT_DEMO_OPTIONS, scale, seed: Math.trunc(seed) };
  const real = await readRealRecords(REAL_RECORDS_DIR);
  const { merged } = mergePartnerships(generateDemoPartnerships(options), real);
  const dataset: Dataset = {
    format: "atlas-cooperation/dataset@1",
    meta: {
      demo: options,
      description:
        `Données de démonstration générées (graine ${options.seed}, échelle ${options.scale}) ` +
        `à l'image de l'Atlas, avec ${real.length} fiches réelles de l'Atlas`,
      updatedAt: demoDate(options),
    },
    partnerships: merged,
  };
  await writeDataset(dataDir, dataset);
  info(`demo dataset: ${merged.length} partnerships (${real.length} real) written to ${datasetPath(dataDir)} in ${Math.round(performance.now() - started)} ms`);
}

// exitCode rather than exit(): a large export piped to another program must be flushed first.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      info(`atlas: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    const { code, path: file } = error as NodeJS.ErrnoException;
    info(`atlas: ${code === "ENOENT" ? `file not found: ${file}` : (error as Error).message}`);
    process.exitCode = 1;
  },
);
