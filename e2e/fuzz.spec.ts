import { type APIRequestContext, expect, test } from "@playwright/test";
import { type FuzzKeys, REFLECTION_MARKERS, fuzzUrls } from "./fuzz-urls";

// About 2,500 requests, 8 at a time: enough to cover every route with every kind of hostile input,
// and about a minute on two busy cores.
const URL_COUNT = 2500;
const CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 10_000;

/** Real keys of the dataset the server reads, so that the hostile parameters reach each page's code. */
async function datasetKeys(request: APIRequestContext): Promise<FuzzKeys> {
  const list = await (await request.get("/api/partnerships?pageSize=1")).json();
  const partnership = list.items[0];
  const page = await (await request.get(`/partenariats/${partnership.id}`)).text();
  const link = (prefix: string) => new RegExp(`href="/${prefix}/([^"?#]+)`).exec(page)?.[1];
  return {
    partnership: String(partnership.id),
    country: link("pays") ?? "SN",
    authority: link("collectivites") ?? "commune-21231",
    theme: link("thematiques") ?? "sante",
  };
}

interface Failure {
  url: string;
  problem: string;
}

test("thousands of random and hostile URLs: no 5xx, no hang, no raw reflection into HTML", async ({ request }) => {
  test.setTimeout(240_000);
  const keys = await datasetKeys(request);
  const urls = fuzzUrls(keys, URL_COUNT);
  const failures: Failure[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      try {
        const response = await request.get(url, { timeout: REQUEST_TIMEOUT_MS, maxRedirects: 0, failOnStatusCode: false });
        const status = response.status();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) failures.push({ url, problem: `status ${status}` });
        if ((response.headers()["content-type"] ?? "").includes("text/html")) {
          const html = await response.text();
          const echoed = REFLECTION_MARKERS.find((marker) => html.includes(marker));
          if (echoed) failures.push({ url, problem: `HTML echoes ${echoed}` });
        } else {
          await response.body();
        }
        await response.dispose();
      } catch (error) {
        failures.push({ url, problem: String(error).split("\n")[0]! });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  test.info().annotations.push({ type: "fuzz", description: `${urls.length} URLs in ${seconds} s: ${summary}` });
  console.log(`fuzz: ${urls.length} URLs in ${seconds} s: ${summary}`);
  const shown = failures.slice(0, 20).map((f) => `${f.problem}: ${f.url.slice(0, 300)}`);
  expect(shown, `${failures.length} failures`).toEqual([]);
});
