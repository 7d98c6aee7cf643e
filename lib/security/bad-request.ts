import type { ApiError } from "@/lib/api/http";
import { errorsFr } from "@/lib/labels/fr-errors";
import type { Malformed } from "./malformed";

/**
 * The 400 answer to a URL that cannot be decoded. The API and the exports answer in the API's one
 * error shape (README.md, "API errors"; only its type is imported: lib/api/http.ts is server-only
 * and loads the dataset); pages answer a small French page. Neither repeats the URL: it is what
 * could not be read, and echoing it into HTML is how reflected XSS starts.
 */
export function badRequestResponse(pathname: string, malformed: Malformed): Response {
  if (pathname.startsWith("/api/") || pathname.startsWith("/export/")) {
    const message = malformed.part === "path" ? "malformed percent-encoding in the path" : "malformed percent-encoding in the query";
    const issues = malformed.part === "query" ? [{ param: malformed.param, message: "malformed percent-encoding" }] : [];
    return Response.json({ error: { code: "bad_parameter", message, issues } } satisfies ApiError, {
      status: 400,
      headers: { "Cache-Control": "no-store" },
    });
  }
  return new Response(BAD_REQUEST_PAGE, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// No script and no stylesheet: it is shown under the resources' policy, which allows inline styles only.
const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${errorsFr.badRequestTitle}</title>
<style>body{font-family:Marianne,Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#161616}a{color:#000091}</style>
</head>
<body><main><h1>${errorsFr.badRequestTitle}</h1><p>${errorsFr.badRequestText}</p><p><a href="/">${errorsFr.home}</a></p></main></body>
</html>
`;
