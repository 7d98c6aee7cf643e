import { z } from "zod";
import { handleGet } from "@/lib/api/http";

export const dynamic = "force-dynamic";

const noParams = z.object({}).strict();

/** GET /api/partnerships/{id}: one whole record; 404 when the id is unknown. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleGet(request, noParams, (engine) => {
    const partnership = engine.get(id);
    return partnership && { partnership, dataset: { version: engine.version, generated: engine.generated } };
  });
}
