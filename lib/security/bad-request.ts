import type { ApiError } from "@/lib/api/http";
import { DEFAULT_LANG, type Lang, LANGS, LANG_PARAM, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { Malformed } from "./malformed";

/**
 * The language a malformed query asks for. It cannot be decoded as a whole (that is why it is
 * answered here), so `lang=<value>` is looked for in its raw text: a pair that holds no "%" needs
 * no decoding. Anything else is French.
 */
export function rawQueryLang(search: string): Lang {
  const query = search.startsWith("?") ? search.slice(1) : search;
  for (const pair of query.split("&")) {
    const match = /^([^=]*)=([a-z]{2})$/.exec(pair);
    if (match?.[1] === LANG_PARAM && (LANGS as readonly string[]).includes(match[2]!)) return match[2] as Lang;
  }
  return DEFAULT_LANG;
}

/**
 * The 400 answer to a URL that cannot be decoded. The API and the exports answer in the API's one
 * error shape (README.md, "API errors"; only its type is imported: lib/api/http.ts is server-only
 * and loads the dataset); pages answer a small page, in English when the raw query says `lang=en`.
 * Neither repeats the URL: it is what could not be read, and echoing it into HTML is how reflected
 * XSS starts.
 */
export function badRequestResponse(pathname: string, malformed: Malformed, search = ""): Response {
  if (pathname.startsWith("/api/") || pathname.startsWith("/export/")) {
    const message = malformed.part === "path" ? "malformed percent-encoding in the path" : "malformed percent-encoding in the query";
    const issues = malformed.part === "query" ? [{ param: malformed.param, message: "malformed percent-encoding" }] : [];
    return Response.json({ error: { code: "bad_parameter", message, issues } } satisfies ApiError, {
      status: 400,
      headers: { "Cache-Control": "no-store" },
    });
  }
  return new Response(badRequestPage(rawQueryLang(search)), {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// No script and no stylesheet: it is shown under the resources' policy, which allows inline styles only.
// The texts are the labels' own, never anything from the request.
const badRequestPage = (lang: Lang) => {
  const text = labelsOf(lang).errors;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.badRequestTitle}</title>
<style>body{font-family:Marianne,Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#161616}a{color:#000091}</style>
</head>
<body><main><h1>${text.badRequestTitle}</h1><p>${text.badRequestText}</p><p><a href="${withLang("/", lang)}">${text.home}</a></p></main></body>
</html>
`;
};
