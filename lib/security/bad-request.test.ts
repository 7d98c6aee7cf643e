import { describe, expect, it } from "vitest";
import { badRequestResponse } from "./bad-request";

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
});
