/**
 * A small strict XML parser, enough to check that a standalone SVG document is well-formed and to
 * query it in tests (the project has no XML parser and the standalone form must open in viewers
 * that reject what browsers forgive). It throws on: unbalanced or mismatched tags, more than one
 * root, unquoted or repeated attributes, a raw "<" in an attribute, an unknown or malformed entity.
 * Not supported (and rejected): DOCTYPE, CDATA and processing instructions other than the XML
 * declaration.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&]*);?/g, (match, body: string) => {
    if (!match.endsWith(";")) throw new Error(`XML: "&" not starting an entity near ${at}`);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!numeric) throw new Error(`XML: unknown entity &${body}; near ${at}`);
    return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
  });
}

/** Parses one XML document; returns its root element. */
export function parseXml(source: string): XmlElement {
  let at = 0;
  function fail(message: string): never {
    throw new Error(`XML: ${message} at ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  }
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(source);
    if (!found) return undefined;
    at += found[0].length;
    return found[0];
  };
  const skipSpace = () => match(SPACE);
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith("<!--", at)) {
        const end = source.indexOf("-->", at + 4);
        if (end < 0) fail("unclosed comment");
        at = end + 3;
      } else return;
    }
  };

  function element(): XmlElement {
    if (source[at] !== "<") fail("expected an element");
    at += 1;
    const name = match(NAME) ?? fail("expected a tag name");
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = (skipSpace() ?? "").length > 0;
      if (source.startsWith("/>", at)) {
        at += 2;
        return { name, attributes, children: [] };
      }
      if (source[at] === ">") {
        at += 1;
        break;
      }
      if (!spaced) fail("expected a space before an attribute");
      const attribute = match(NAME) ?? fail("expected an attribute name");
      skipSpace();
      if (source[at] !== "=") fail(`attribute ${attribute} without a value`);
      at += 1;
      skipSpace();
      const quote = source[at] ?? "";
      if (quote !== '"' && quote !== "'") fail(`unquoted value of ${attribute}`);
      const end = source.indexOf(quote, at + 1);
      if (end < 0) fail("unclosed attribute value");
      const raw = source.slice(at + 1, end);
      if (raw.includes("<")) fail(`"<" in the value of ${attribute}`);
      if (Object.hasOwn(attributes, attribute)) fail(`repeated attribute ${attribute}`);
      attributes[attribute] = decode(raw, at);
      at = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (at >= source.length) fail(`unclosed <${name}>`);
      if (source.startsWith("</", at)) {
        at += 2;
        const closing = match(NAME);
        if (closing !== name) fail(`</${closing ?? ""}> closes <${name}>`);
        skipSpace();
        if (source[at] !== ">") fail("expected >");
        at += 1;
        return { name, attributes, children };
      }
      if (source.startsWith("<!--", at)) skipMisc();
      else if (source.startsWith("<!", at) || source.startsWith("<?", at)) fail("unsupported markup");
      else if (source[at] === "<") children.push(element());
      else {
        const end = source.indexOf("<", at);
        const raw = source.slice(at, end < 0 ? source.length : end);
        if (raw.includes("]]>")) fail('"]]>" in text');
        children.push(decode(raw, at));
        at += raw.length;
      }
    }
  }

  if (source.startsWith("<?xml", at)) {
    const end = source.indexOf("?>", at);
    if (end < 0) fail("unclosed XML declaration");
    at = end + 2;
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (at < source.length) fail("content after the root element");
  return root;
}

/** Every element under `root` (itself included), depth first, that passes `test`. */
export function findAll(root: XmlElement, test: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = test(root) ? [root] : [];
  for (const child of root.children) if (typeof child !== "string") found.push(...findAll(child, test));
  return found;
}

/** The concatenated text under an element. */
export function textContent(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(textContent).join("");
}

/** The class names of an element. */
export function classesOf(element: XmlElement): string[] {
  return (element.attributes.class ?? "").split(/\s+/).filter(Boolean);
}
