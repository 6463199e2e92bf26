/**
 * A tiny XML writer for the .qdpx writer: elements with attributes in a fixed order, escaped
 * text, two-space indentation, "\n" line ends, so the output is deterministic and diffable.
 *
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage
 * return; lone surrogates; U+FFFE/U+FFFF) are refused rather than dropped, since a name that
 * changes silently would no longer match on the next import. Carriage returns and tabs in
 * attribute values are written as character references so parsers keep them (XML 1.0 §3.3.3).
 *
 * Reference: XML 1.0 (5th ed.) §2.2 Char, §2.4, §3.3.3.
 *
 * @example
 * render(el("Code", { guid: "A", name: "a<b" }));         // '<Code guid="A" name="a&lt;b"/>\n'
 * render(el("Codes", {}, [el("Code", { name: "x" })]));  // '<Codes>\n  <Code name="x"/>\n</Codes>\n'
 */

import { qda } from "../messages";

/** An element to write; attributes whose value is undefined are left out. */
export interface XmlNode {
  name: string;
  attrs: ReadonlyArray<[string, string | undefined]>;
  children: readonly XmlNode[];
  text?: string;
}

/** An element; `attrs` keeps its key order. */
export function el(name: string, attrs: Readonly<Record<string, string | undefined>> = {}, children: readonly XmlNode[] = [], text?: string): XmlNode {
  return { name, attrs: Object.entries(attrs), children, text };
}

/** Thrown for a character XML cannot represent; `value` is the offending string. */
export class UnwritableXmlError extends Error {
  constructor(readonly value: string) {
    super(qda.internal.unwritable(value));
  }
}

/** Serialises a node and its subtree. */
export function render(node: XmlNode, depth = 0): string {
  const pad = "  ".repeat(depth);
  const attrs = node.attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`)
    .join("");
  if (node.children.length === 0 && node.text === undefined) return `${pad}<${node.name}${attrs}/>\n`;
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}>${escapeXml(node.text as string, false)}</${node.name}>\n`;
  return `${pad}<${node.name}${attrs}>\n${node.children.map((c) => render(c, depth + 1)).join("")}${pad}</${node.name}>\n`;
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Escapes text for XML element content, or for a double-quoted attribute value; throws
 * {@link UnwritableXmlError} for a character XML 1.0 cannot carry (see the module comment).
 *
 * @example
 * escapeXml('a<b & "c"', true); // "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeXml(value: string, attribute: boolean): string {
  if (FORBIDDEN.test(value)) throw new UnwritableXmlError(value);
  let out = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (attribute) out = out.replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
  else out = out.replace(/\r/g, "&#13;");
  return out;
}
