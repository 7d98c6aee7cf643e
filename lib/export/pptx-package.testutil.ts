import JSZip from "jszip";
import { findAll, parseXml, textContent, type XmlElement } from "@/lib/charts/xml";

/**
 * Reads a PPTX back for the tests, following the package's relationships as PowerPoint does
 * (presentation → slides in sldIdLst order → chart, picture, notes → embedded workbook), so that
 * the tests do not depend on how pptxgenjs happens to number its parts.
 */

export interface ChartPart {
  path: string;
  xml: string;
  /** The chart's parts that the chart refers to (the embedded workbook). */
  targets: string[];
}

export interface SlidePart {
  path: string;
  xml: string;
  /** Every text run on the slide, in order. */
  texts: string[];
  charts: ChartPart[];
  /** Paths of the pictures the slide shows. */
  media: string[];
  notes: string;
}

export interface PptxPackage {
  zip: JSZip;
  paths: string[];
  slides: SlidePart[];
  read(path: string): Promise<string>;
}

/**
 * "ppt/slides/slide1.xml" + "../charts/chart1.xml" → "ppt/charts/chart1.xml"; a target starting
 * with "/" is from the package's root (pptxgenjs writes the charts' so).
 */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

const localName = (element: XmlElement) => element.name.replace(/^.*:/, "");

/** The part's relationships: id → { type's last segment, resolved target }. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const file = zip.file(relsPath(part));
  const found = new Map<string, { type: string; target: string }>();
  if (!file) return found;
  const root = parseXml(await file.async("string"));
  for (const rel of findAll(root, (element) => localName(element) === "Relationship")) {
    const { Id, Type, Target } = rel.attributes;
    found.set(Id!, { type: Type!.replace(/^.*\//, ""), target: resolve(part, Target!) });
  }
  return found;
}

/** The text of a notes page's body placeholder (the page also holds the slide number). */
function notesText(root: XmlElement): string {
  const isBody = (shape: XmlElement) => findAll(shape, (node) => node.name === "p:ph" && node.attributes.type === "body").length > 0;
  const body = findAll(root, (node) => node.name === "p:sp").find(isBody);
  return body ? findAll(body, (node) => node.name === "a:t").map(textContent).join("\n") : "";
}

export async function readPptx(buffer: Buffer): Promise<PptxPackage> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path} in the package`);
    return file.async("string");
  };
  const presentation = parseXml(await read("ppt/presentation.xml"));
  const presentationRels = await relationships(zip, "ppt/presentation.xml");
  const slidePaths = findAll(presentation, (element) => element.name === "p:sldId").map(
    (sldId) => presentationRels.get(sldId.attributes["r:id"]!)!.target,
  );

  const slides: SlidePart[] = [];
  for (const path of slidePaths) {
    const xml = await read(path);
    const rels = [...(await relationships(zip, path)).values()];
    const charts: ChartPart[] = [];
    for (const rel of rels.filter((r) => r.type === "chart")) {
      const targets = [...(await relationships(zip, rel.target)).values()].map((r) => r.target);
      charts.push({ path: rel.target, xml: await read(rel.target), targets });
    }
    const notesPath = rels.find((r) => r.type === "notesSlide")?.target;
    const notesRoot = notesPath ? parseXml(await read(notesPath)) : null;
    const texts = findAll(parseXml(xml), (element) => element.name === "a:t").map(textContent);
    slides.push({
      path,
      xml,
      texts,
      charts,
      media: rels.filter((r) => r.type === "image").map((r) => r.target),
      notes: notesRoot ? notesText(notesRoot) : "",
    });
  }
  return { zip, paths: Object.keys(zip.files).filter((path) => !zip.files[path]!.dir), slides, read };
}

/** The cached points of a chart's `<c:cat>` or `<c:val>` elements, one array per series. */
export function chartCaches(chartXml: string, element: "c:cat" | "c:val"): string[][] {
  const root = parseXml(chartXml);
  return findAll(root, (node) => node.name === element).map((cache) =>
    findAll(cache, (node) => node.name === "c:pt").map((point) => textContent(findAll(point, (n) => n.name === "c:v")[0]!)),
  );
}

/** Each series' name, from its `<c:tx>` cache. */
export function seriesNames(chartXml: string): string[] {
  const root = parseXml(chartXml);
  return findAll(root, (node) => node.name === "c:ser").map((series) =>
    textContent(findAll(findAll(series, (node) => node.name === "c:tx")[0]!, (node) => node.name === "c:v")[0]!),
  );
}
