import { type NextRequest, NextResponse } from "next/server";
import { EMBED_HEADER } from "@/lib/site";


/**
 * Marks the requests of /embed/… for the root layout (a layout does not know its path). The
 * header is set here, on the way in: a client's own x-atlas-embed is replaced, never trusted.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(EMBED_HEADER, request.nextUrl.pathname.startsWith("/embed/") ? "1" : "0");
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, the exports, Next's assets or the static files.
  matcher: ["/((?!api/|export/|_next/|geo/|favicon).*)"],
};
