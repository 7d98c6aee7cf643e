import { z } from "zod";
import { errorResponse } from "@/lib/api/http";
import { handleFileGet } from "@/lib/api/files";
import { langOf } from "@/lib/i18n/lang";
import { readDeckParams } from "@/lib/presentation/deck";
import { deckFile } from "@/lib/presentation/deck-pptx";

export const dynamic = "force-dynamic";

/** The deck's own parameters are read by readDeckParams (`v` repeats, which parseParams refuses). */
const NO_PARAMS = z.object({}).strict();

/**
 * GET /export/deck.pptx?v=<view>&v=<view>…[&d=<dataset>]: a presentation as one PowerPoint file,
 * a slide per view in order (at most 30). A static segment: it takes precedence over
 * /export/[file], which serves the panels' files. Errors in the API's shape: a bad or unknown
 * view, too many views or an unknown parameter is a 400 naming it.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { deck, issues } = readDeckParams(url.searchParams);
  if (issues.length > 0) return errorResponse("bad_parameter", issues.map((issue) => `${issue.param}: ${issue.message}`).join("; "), issues);
  return handleFileGet(request, NO_PARAMS, new URLSearchParams(), (engine) => deckFile(engine, deck.views, url.origin, langOf(url.searchParams)));
}
