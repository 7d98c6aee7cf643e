import { getEngine } from "@/lib/data/engine";
import { isDatasetError } from "@/lib/data/store";
import { type ApiError, withoutDirectories } from "@/lib/api/http";

export const dynamic = "force-dynamic";

/** The body of a healthy instance's answer. */
export interface HealthBody {
  status: "ok";
  /** The dataset version the ETags are made from: instances over the same file answer the same one. */
  version: string;
  partnerships: number;
  generated: boolean;
  updatedAt: string;
}

// A load balancer or orchestrator polls this: it must see the instance as it is now, never a
// cached answer, and it keys on the status (503: take the instance out of rotation).
const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET /api/health: 200 with the dataset's version and size once the instance can answer; 503 when
 * its dataset cannot be loaded (missing, invalid, unreadable by the server's user), with the reason.
 */
export async function GET(): Promise<Response> {
  try {
    const engine = await getEngine();
    const body: HealthBody = {
      status: "ok",
      version: engine.version,
      partnerships: engine.meta().counts.partnerships,
      generated: engine.generated,
      updatedAt: engine.datasetMeta.updatedAt,
    };
    return Response.json(body, { headers: NO_STORE });
  } catch (error) {
    // Unlike the other routes, an errno failure (EACCES on a volume mounted with the wrong owner)
    // is named here: it is the usual reason a new container stays unhealthy.
    const code = (error as NodeJS.ErrnoException).code;
    const message = isDatasetError(error) ? (error as Error).message : typeof code === "string" ? `the dataset cannot be read (${code}): ${(error as Error).message}` : null;
    if (message === null) console.error(error);
    else console.error(`atlas health: ${message}`);
    const body: ApiError & { status: "unavailable" } = {
      status: "unavailable",
      error: { code: "dataset_unreadable", message: message === null ? "the dataset could not be loaded" : withoutDirectories(message), issues: [] },
    };
    return Response.json(body, { status: 503, headers: NO_STORE });
  }
}
