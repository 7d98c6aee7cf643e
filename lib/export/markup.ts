import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";

type RenderToStaticMarkup = (element: ReactElement) => string;

let render: RenderToStaticMarkup | undefined;

/**
 * `renderToStaticMarkup`, loaded by Node at run time. Route handlers are bundled for React Server
 * Components, where react-dom/server is refused and `react` lacks what it needs; the documents
 * drawn here (lib/export/svg.tsx) use no hooks and no context, so elements made by the bundled
 * React render with the one Node loads from node_modules.
 */
export function renderMarkup(element: ReactElement): string {
  if (!render) {
    const load = createRequire(path.join(process.cwd(), "package.json"));
    const server = ["react-dom", "server"].join("/");
    render = (load(server) as { renderToStaticMarkup: RenderToStaticMarkup }).renderToStaticMarkup;
  }
  return render(element);
}
