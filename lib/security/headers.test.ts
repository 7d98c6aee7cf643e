import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isEmbedPath, makeNonce, pageCsp, resourceCsp, responseKind, staticSecurityHeaders } from "./headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("pageCsp", () => {
  it("allows the request's nonce and no inline script", () => {
    const csp = pageCsp("abc123==", "/");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
  });

  it("keeps inline styles (Leaflet and the charts set style attributes)", () => {
    expect(directive(pageCsp("n", "/"), "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("lets any site frame /embed/ and only this site frame the other pages", () => {
    expect(directive(pageCsp("n", "/embed/themes"), "frame-ancestors")).toBe("frame-ancestors *");
    for (const path of ["/", "/pays/SN", "/embedded", "/embed"]) {
      expect(directive(pageCsp("n", path), "frame-ancestors"), path).toBe("frame-ancestors 'self'");
    }
  });

  it("allows eval in development only (React's dev build needs it)", () => {
    expect(directive(pageCsp("n", "/", true), "script-src")).toContain("'unsafe-eval'");
  });

  it("is a single header line that Next's nonce parser reads", () => {
    const csp = pageCsp(makeNonce(), "/");
    expect(csp).not.toMatch(/[\r\n]/);
    expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/]+={0,2}'/);
  });
});

describe("resourceCsp", () => {
  it("loads nothing but inline styles, and is framed by this site only", () => {
    expect(resourceCsp()).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'");
  });
});

describe("responseKind", () => {
  it("tells the API, the exports, Next's assets and public files from pages", () => {
    for (const path of ["/api/meta", "/api/partnerships/12", "/export/themes.svg", "/export/donnees/atlas.json", "/_next/static/chunks/a.js", "/geo/countries.json", "/favicon.ico", "/robots.txt"]) {
      expect(responseKind(path), path).toBe("resource");
    }
    for (const path of ["/", "/partenariats", "/partenariats/15909", "/pays/SN", "/embed/map", "/nope", "/apix", "/exports"]) {
      expect(responseKind(path), path).toBe("page");
    }
  });
});

describe("makeNonce", () => {
  it("draws a different base64 value of 16 bytes each time", () => {
    const a = makeNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(makeNonce()).not.toBe(a);
  });
});

describe("staticSecurityHeaders", () => {
  it("sends nosniff, the referrer and permissions policies everywhere, X-Frame-Options except on /embed/", () => {
    const page = Object.fromEntries(staticSecurityHeaders("/"));
    expect(page).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "SAMEORIGIN",
    });
    expect(page["Permissions-Policy"]).toContain("camera=()");
    expect(page["Permissions-Policy"]).toContain("fullscreen=(self)");
    const embed = Object.fromEntries(staticSecurityHeaders("/embed/years"));
    expect(embed["X-Frame-Options"]).toBeUndefined();
    expect(embed["X-Content-Type-Options"]).toBe("nosniff");
    expect(isEmbedPath("/embed/years")).toBe(true);
  });
});

describe("next.config.js", () => {
  it("gives Next's build assets, which proxy.ts does not see, the headers proxy.ts gives a resource", async () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const rules = await config.headers();
    expect(rules.map((rule) => rule.source)).toEqual(["/_next/static/:path*"]);
    const headers = rules[0]!.headers.map(({ key, value }) => [key, value]);
    expect(headers).toEqual([["Content-Security-Policy", resourceCsp()], ...staticSecurityHeaders("/_next/static/chunks/a.js")]);
  });
});
