import { describe, expect, it } from "vitest";
import { labelsOf } from "@/lib/labels";
import { badRequestResponse, rawQueryLang } from "./bad-request";

describe("badRequestResponse", () => {
  it("answers the API and the exports in the API's error shape", async () => {
    for (const path of ["/api/partnerships/%", "/export/%zz.csv"]) {
      const response = badRequestResponse(path, { part: "path" });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const { error } = await response.json();
      expect(error).toEqual({ code: "bad_parameter", message: "malformed percent-encoding in the path", issues: [] });
    }
    const { error } = await badRequestResponse("/api/meta", { part: "query", param: "q" }).json();
    expect(error.issues).toEqual([{ param: "q", message: "malformed percent-encoding" }]);
  });

  it("answers pages with a French HTML page that repeats nothing of the request", async () => {
    const response = badRequestResponse("/partenariats/%3Cscript%3E%zz", { part: "query", param: "<script>" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("<h1>Adresse invalide</h1>");
    expect(html).toContain('lang="fr"');
    expect(html).not.toContain("script");
  });

  it("answers in English when the raw query asks for lang=en, even beside a malformed part", async () => {
    const response = badRequestResponse("/partenariats", { part: "query", param: "q" }, "?q=%zz&lang=en");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${labelsOf("en").errors.badRequestTitle}</h1>`);
    expect(html).toContain('href="/?lang=en"');
  });

  it("reads lang only from a clean pair of the raw query", () => {
    expect(rawQueryLang("?lang=en")).toBe("en");
    expect(rawQueryLang("q=%zz&lang=en&x=1")).toBe("en");
    expect(rawQueryLang("?lang=en%zz")).toBe("fr");
    expect(rawQueryLang("?xlang=en")).toBe("fr");
    expect(rawQueryLang("?lang=de")).toBe("fr");
    expect(rawQueryLang("")).toBe("fr");
  });
});
