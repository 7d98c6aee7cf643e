import { expect, test } from "@playwright/test";
import { IMPORTED_PORT } from "./ports";

// The server of the imported fiches (see api.spec.ts): its dataset is small and fixed.
test.use({ baseURL: `http://127.0.0.1:${IMPORTED_PORT}` });

test("every error answer carries its machine-readable code beside the message and the issues", async ({ request }) => {
  for (const [query, status, code] of [
    ["/api/aggregate?by=nation", 400, "bad_parameter"],
    ["/api/aggregate?by=country&theme=astrologie", 400, "bad_parameter"],
    ["/api/dashboard?yearFrom=2021&yearTo=2019", 400, "bad_parameter"],
    ["/api/meta?foo=bar", 400, "bad_parameter"],
    ["/api/partnerships/does-not-exist", 404, "not_found"],
  ] as const) {
    const response = await request.get(query);
    expect(response.status(), query).toBe(status);
    expect(response.headers()["cache-control"], query).toBe("no-store");
    const { error } = await response.json();
    expect(Object.keys(error), query).toEqual(["code", "message", "issues"]);
    expect(error.code, query).toBe(code);
    expect(typeof error.message, query).toBe("string");
    expect(Array.isArray(error.issues), query).toBe(true);
  }
});
