import { z } from "zod";
import { errorResponse } from "@/lib/api/http";
import { compareFile } from "@/lib/compare/export";
import { comparePanelData } from "@/lib/compare/load";
import { COMPARE_PANELS, isComparePanel } from "@/lib/compare/panels";
import { parseCompareState } from "@/lib/compare/state-parse";
import { handleFileGet } from "@/lib/api/files";
import { dashboardStateApiSchema } from "@/lib/query/api-schemas";
import { EXPORT_FORMATS, isExportFormat, panelFile } from "@/lib/export/files";
import { panelData } from "@/lib/export/view";
import { langOf } from "@/lib/i18n/lang";
import { DASHBOARD_PANELS, isDashboardPanel } from "@/lib/panels/dashboard-panels";

export const dynamic = "force-dynamic";

/** A comparison's parameters are parsed before handleFileGet, which then has none left to read. */
const NO_PARAMS = z.object({}).strict();

/**
 * GET /export/<panel>.<format>?<the dashboard's parameters>: one panel of the dashboard as a file
 * (or of the comparison, `compare-…` panels with its `a.` and `b.` parameters)
 * (csv, xlsx, svg, png, pptx), with the figures the panel shows for the same URL. An unknown panel
 * or format is a 404, a bad parameter a 400, in the API's error shape.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(decodeURIComponentSafe(file) ?? "");
  const [panel, format] = match ? [match[1]!, match[2]!] : ["", ""];
  if (!isDashboardPanel(panel) && !isComparePanel(panel)) {
    return errorResponse("not_found", `unknown panel "${panel || file}": one of ${[...DASHBOARD_PANELS, ...COMPARE_PANELS].join(", ")}`);
  }
  if (!isExportFormat(format)) {
    return errorResponse("not_found", `unknown format "${format}": one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const search = new URL(request.url).searchParams;
  if (isComparePanel(panel)) {
    // Both sides' parameters (a.country…) are read by the comparison's parser, which names a bad one with its side.
    const { state, issues } = parseCompareState(search);
    if (issues.length > 0) return errorResponse("bad_parameter", issues.map((issue) => `${issue.param}: ${issue.message}`).join("; "), issues);
    return handleFileGet(request, NO_PARAMS, new URLSearchParams(), (engine) => compareFile(comparePanelData(engine, panel, state, undefined, langOf(search)), format));
  }
  return handleFileGet(request, dashboardStateApiSchema, search, (engine, state) => panelFile(panelData(engine, panel, state, langOf(search)), format));
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
