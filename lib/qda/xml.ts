/**
 * Safe XML parsing into a small element tree matched by local name.
 *
 * Foreign XML (REFI-QDA project.qde / .qdc, xlsx parts) is untrusted. Any `<!DOCTYPE` or
 * `<!ENTITY` is refused outright: without a DTD there are no external entities to fetch and no
 * entity definitions to expand (the "billion laughs" attack), and REFI-QDA and OOXML never need
 * one. Entities are decoded here, not by the parser, so only the five predefined ones and
 * numeric character references exist, each decoded exactly once (`&amp;#65;` stays `&#65;`).
 *
 * Elements are matched by LOCAL name because tools differ in namespaces: the default namespace
 * `urn:QDA-XML:project:1.0`, a prefix (`qda:Project`), or a variant URI (`urn:QDA-XML:codebook:1:0`).
 *
 * Reference: XML 1.0 (5th ed.) §2.11 end-of-line handling, §3.3.3 attribute-value
 * normalisation, §4.1 character references, §4.6 predefined entities; fast-xml-parser 5
 * (`preserveOrder`, `captureMetaData`).
 *
 * @example
 * const root = parseXml('<p:Project xmlns:p="urn:QDA-XML:project:1.0" name="x"><p:Users/></p:Project>', "a.qde");
 * root.name;                        // "Project"
 * attr(root, "name");               // "x"
 * child(root, "Users")?.name;       // "Users"
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../errors";
import { inputLimits, limitOption } from "../io/limits";
import { limits, qda } from "../messages";

/** An XML element: local name, attributes by local name, child elements, direct text, line. */
export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  /** Attributes by local name (`xsi:schemaLocation` → `schemaLocation`), entity-decoded; no `xmlns` declarations. */
  attrs: Readonly<Record<string, string>>;
  children: readonly XmlElement[];
  /** The element's own text (text and CDATA children, in order), entity-decoded. */
  text: string;
  /** 1-based line of the start tag in the document. */
  line: number;
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Keep values exactly as written: a name "007" must not become 7, a text's spaces matter.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: "#cdata",
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
} as const;

/**
 * Parses an XML document and returns its root element. Throws {@link InputError} naming `file`
 * (and the line) for a DOCTYPE or ENTITY declaration, elements nested deeper than the limit
 * (`--max-depth`, lib/io/limits.ts; checked by a linear scan before the parser, whose tree and
 * ours are built recursively), XML that is not well formed, or an entity other than the
 * predefined five.
 */
export function parseXml(text: string, file: string): XmlElement {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    throw new InputError([{ file, row: lineAt(text, declaration.index), found: `<!${declaration[1]}`, expected: qda.expected.noDoctype }]);
  }
  const { depth: maxDepth } = inputLimits();
  const deep = tooDeep(text, maxDepth);
  if (deep !== undefined) {
    throw new InputError([{ file, row: lineAt(text, deep), found: limits.found.depth(maxDepth + 1), expected: limits.expected.maxDepth(maxDepth, limitOption("depth")) }]);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InputError([{ file, row: valid.err.line, found: valid.err.msg, expected: qda.expected.wellFormedXml }]);
  }
  // The parser has its own nesting cap (100 by default); ours, checked above, is the one that holds.
  const nodes = new XMLParser({ ...PARSER_OPTIONS, maxNestedTags: maxDepth + 1 }).parse(text) as RawNode[];
  const lines = lineStarts(text);
  const rootNode = nodes.find((n) => elementName(n) !== undefined);
  if (!rootNode) throw new InputError([{ file, found: qda.found.noRootElement, expected: qda.expected.wellFormedXml }]);
  return toElement(rootNode, { file, lines });
}

/** The first child element with this local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** All child elements with this local name, in document order. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** All descendant elements with this local name, in document order (depth first). */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) found.push(c);
      visit(c);
    }
  };
  visit(element);
  return found;
}

/** An attribute by local name, or undefined. */
export function attr(element: XmlElement, name: string): string | undefined {
  return element.attrs[name];
}

type RawNode = Record<string, unknown>;

interface Context {
  file: string;
  lines: number[];
}

// Typed as the `Symbol` wrapper in fast-xml-parser's declarations; it is a symbol primitive.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

function elementName(node: RawNode): string | undefined {
  return Object.keys(node).find((k) => k !== ":@" && k !== "#text" && k !== "#cdata");
}

function toElement(node: RawNode, ctx: Context): XmlElement {
  const qname = elementName(node) as string;
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  const line = meta?.startIndex === undefined ? 0 : lineOf(ctx.lines, meta.startIndex);
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries((node[":@"] ?? {}) as Record<string, unknown>)) {
    // Namespace declarations are not attributes; elements are matched by local name anyway.
    if (key === "xmlns" || key.startsWith("xmlns:")) continue;
    // Literal tabs and line breaks in an attribute are spaces (XML 1.0 §3.3.3); references are not.
    attrs[localName(key)] = decodeEntities(String(value).replace(/[\t\n]/g, " "), ctx.file, line);
  }
  const kids: XmlElement[] = [];
  let text = "";
  for (const item of (node[qname] ?? []) as RawNode[]) {
    if ("#text" in item) text += decodeEntities(String(item["#text"]), ctx.file, line);
    else if ("#cdata" in item) text += ((item["#cdata"] ?? []) as RawNode[]).map((c) => String(c["#text"] ?? "")).join("");
    else if (elementName(item) !== undefined) kids.push(toElement(item, ctx));
  }
  return { name: localName(qname), attrs, children: kids, text, line };
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references in one pass. */
export function decodeEntities(raw: string, file: string, line: number): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]*);/g, (whole, body: string) => {
    if (body in PREDEFINED) return PREDEFINED[body];
    const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : body.startsWith("#") ? parseInt(body.slice(1), 10) : NaN;
    if (/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    throw new InputError([{ file, row: line || undefined, found: whole, expected: qda.expected.knownEntity }]);
  });
}

/**
 * The index of the first start tag nested deeper than `max`, or undefined. One pass over the
 * tags: comments, CDATA, processing instructions and declarations are skipped, quoted attribute
 * values may hold `>`, and `<x/>` opens nothing. Malformed XML is left to the validator.
 */
export function tooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) {
    const next = text[at + 1];
    if (next === "/") depth--;
    else if (next === "?") at = skipTo(text, "?>", at);
    else if (text.startsWith("<!--", at)) at = skipTo(text, "-->", at);
    else if (text.startsWith("<![CDATA[", at)) at = skipTo(text, "]]>", at);
    else if (next === "!") at = skipTo(text, ">", at);
    else {
      const open = at;
      let quote = "";
      for (at++; at < text.length; at++) {
        const ch = text[at];
        if (quote) quote = ch === quote ? "" : quote;
        else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === ">") break;
      }
      if (text[at - 1] !== "/" && ++depth > max) return open;
    }
    if (at < 0) return undefined;
  }
  return undefined;
}

/** Index of the last character of `end` after `from`, or −1 when it never comes. */
function skipTo(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from + 1);
  return found < 0 ? -1 : found + end.length - 1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character index, by binary search over line starts. */
function lineOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function lineAt(text: string, index: number): number {
  return lineOf(lineStarts(text), index);
}
