import { type Partnership, datasetSchema, partnershipSchema } from "../model";
import { ImportError } from "./values";

/**
 * Reads the project's JSON format: either a whole dataset file (`{format, meta, partnerships}`)
 * or an array of partnerships as the model defines them. Every invalid record is reported.
 */
export function parseJson(text: string): Partnership[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position ? text.slice(0, Number(position)).split("\n").length : null;
    throw new ImportError(`not valid JSON: ${(error as Error).message}`, line, null);
  }
  const records = Array.isArray(json) ? json : (json as { partnerships?: unknown })?.partnerships;
  if (!Array.isArray(records)) {
    throw new ImportError("neither an array of partnerships nor a dataset file with a partnerships array", null, null);
  }
  if (!Array.isArray(json)) {
    const dataset = datasetSchema.shape.format.safeParse((json as { format?: unknown }).format);
    if (!dataset.success) throw new ImportError(`unknown dataset format: ${dataset.error.issues[0]?.message}`, null, "format");
  }
  const problems: ImportError[] = [];
  const partnerships: Partnership[] = [];
  records.forEach((record, index) => {
    const parsed = partnershipSchema.safeParse(record);
    if (parsed.success) partnerships.push(parsed.data);
    else {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        problems.push(new ImportError(`record ${index} (${describe(record)}): ${issue.path.join(".")}: ${issue.message}`, null, issue.path.join(".") || null));
      }
    }
  });
  if (problems.length > 0) throw ImportError.combine(problems);
  return partnerships;
}

function describe(record: unknown): string {
  const id = (record as { id?: unknown })?.id;
  return typeof id === "string" ? `id "${id}"` : "no id";
}
