import { type ChildProcess, spawn } from "node:child_process";
import { type APIResponse, expect, test } from "@playwright/test";
import { PORT, SECOND_PORT } from "./ports";

// docs/deploy.md: the app scales out as identical instances behind a load balancer or a CDN. Two
// instances over the same dataset must give the same answers and the same ETags, whichever one a
// request (or a revalidation) reaches: a cache in front may mix them.
const FIRST = `http://127.0.0.1:${PORT}`;
const SECOND = `http://127.0.0.1:${SECOND_PORT}`;

const PATHS = [
  "/?country=SN",
  "/api/dashboard?country=SN&yearFrom=2015",
  "/api/aggregate?by=country",
  "/api/partnerships?page=2",
  "/export/themes.csv?country=SN",
  "/api/health",
];

let second: ChildProcess | undefined;
let output = "";

const health = async (base: string): Promise<number | null> => {
  try {
    return (await fetch(`${base}/api/health`)).status;
  } catch {
    return null;
  }
};

test.beforeAll(async () => {
  // The first instance has answered the other specs (its answer cache is warm), the second starts
  // cold: equal answers also show that the cache changes nothing.
  expect(await health(SECOND), `port ${SECOND_PORT} is already taken: this test starts its own server there`).toBeNull();
  // The same command and environment as playwright.config.ts's first server: the same dataset.
  second = spawn("sh", ["scripts/serve.sh", "-H", "127.0.0.1", "-p", String(SECOND_PORT)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  second.stdout?.on("data", (chunk) => (output += chunk));
  second.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 45_000;
  while ((await health(SECOND)) !== 200) {
    if (second.exitCode !== null || Date.now() > deadline) throw new Error(`the second server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

test.afterAll(() => {
  // serve.sh execs the server: the group holds it and anything it started.
  if (second?.pid !== undefined && second.exitCode === null) process.kill(-second.pid, "SIGTERM");
});

/** What a client or a cache can tell apart: status, the headers caches key on, the body. */
async function seen(response: APIResponse) {
  const headers = response.headers();
  let body = await response.text();
  // Pages may carry a per-request CSP nonce: the one part of an answer meant to differ.
  // A page's nonce is drawn per request: wherever it appears (attributes, Next's inline data), it is not content.
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  if (headers["content-type"]?.startsWith("text/html") && nonce) body = body.split(nonce).join("NONCE");
  return {
    status: response.status(),
    etag: headers.etag,
    cacheControl: headers["cache-control"],
    contentType: headers["content-type"],
    vary: headers.vary,
    body,
  };
}

test("two instances over the same dataset answer alike, ETags included", async ({ request }) => {
  const [one, two] = await Promise.all([request.get(`${FIRST}/api/health`), request.get(`${SECOND}/api/health`)]);
  expect((await two.json()).version, "both servers must read the same dataset file").toBe((await one.json()).version);
  for (const path of PATHS) {
    const first = await seen(await request.get(`${FIRST}${path}`));
    const other = await seen(await request.get(`${SECOND}${path}`));
    expect(first.status, path).toBe(200);
    expect(other, path).toEqual(first);
    if (first.etag === undefined) continue;
    // A cache revalidating what one instance sent may ask the other: it must hear "not modified".
    const revalidated = await request.get(`${SECOND}${path}`, { headers: { "If-None-Match": first.etag } });
    expect(revalidated.status(), `${path} revalidated on the other instance`).toBe(304);
  }
});
