/**
 * Where each text of a rendered figure is drawn, and which texts collide: the check behind "no
 * overlapping labels in any figure, in any language". Reads vega's SVG as the renderers draw it —
 * nested `<g transform>` groups, `<text>` with translate/rotate transforms, an anchor, a font size and
 * `<tspan>` lines — and measures each line with the real font (fontkit on the kit's CJK font, the one
 * resvg and the PDF use), not with the layout's estimate. A box spans the font's ascent to descent
 * around the baseline; two boxes collide when they overlap by more than `tolerance` px in every
 * direction (separating-axis test, so rotated labels are judged as drawn, not by their bounding boxes).
 *
 * Reference: SVG 1.1 §7.6 (transform lists), §10.9 (text-anchor); Gottschalk et al. (1996), OBBTree (separating axes).
 *
 * @example
 * textOverlaps('<svg width="100" height="20"><text transform="translate(0,10)" font-size="10px">土地</text><text transform="translate(5,10)" font-size="10px">供应</text></svg>').length; // 1
 */
import { openSync, type Font } from "fontkit";
import { cjkFont } from "./render";

/** A line of text as drawn: its string and the four corners of its box (SVG user units of the root). */
export interface TextBox {
  text: string;
  corners: [number, number][];
}

type Matrix = [number, number, number, number, number, number]; // a b c d e f, as SVG's matrix()

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

/** The matrix of an SVG transform list (translate, rotate, scale, matrix: what vega writes). */
export function parseTransform(list: string): Matrix {
  let m = IDENTITY;
  for (const [, name, args] of list.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const v = args.split(/[\s,]+/).filter(Boolean).map(Number);
    if (name === "translate") m = multiply(m, [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0]);
    else if (name === "scale") m = multiply(m, [v[0], 0, 0, v[1] ?? v[0], 0, 0]);
    else if (name === "matrix") m = multiply(m, v as Matrix);
    else if (name === "rotate") {
      const r = ((v[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [v[1] ?? 0, v[2] ?? 0];
      m = multiply(multiply(multiply(m, [1, 0, 0, 1, cx, cy]), [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]), [1, 0, 0, 1, -cx, -cy]);
    }
  }
  return m;
}

let font: Font | undefined;
function measureFont(): Font {
  if (font) return font;
  const { file, face } = cjkFont();
  font = openSync(file, face);
  return font;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Every visible line of text in `svg`, with its box. */
export function textBoxes(svg: string): TextBox[] {
  const f = measureFont();
  const boxes: TextBox[] = [];
  const stack: Matrix[] = [IDENTITY];
  const tokens = /<(\/?)(g|text|tspan)\b([^>]*?)(\/?)>|<[^>]*>|([^<]+)/g;
  let text: { m: Matrix; size: number; anchor: string; lines: { text: string; dx: number; dy: number }[]; hidden: boolean } | null = null;
  let line = { dx: 0, dy: 0 };
  for (const t of svg.matchAll(tokens)) {
    const [, close, name, attrs = "", self, content] = t;
    if (content !== undefined) {
      if (text && content.trim() !== "") text.lines.push({ text: unescape(content), ...line });
      continue;
    }
    if (name === "g" && !self) close ? stack.pop() : stack.push(multiply(stack[stack.length - 1], parseTransform(attr(attrs, "transform") ?? "")));
    else if (name === "text" && !close) {
      const hidden = attr(attrs, "opacity") === "0" || attr(attrs, "fill-opacity") === "0" || attr(attrs, "display") === "none";
      text = { m: multiply(stack[stack.length - 1], parseTransform(attr(attrs, "transform") ?? "")), size: parseFloat(attr(attrs, "font-size") ?? "10"), anchor: attr(attrs, "text-anchor") ?? "start", lines: [], hidden };
      line = { dx: 0, dy: 0 };
    } else if (name === "tspan" && !close && text) line = { dx: Number(attr(attrs, "x") ?? line.dx), dy: line.dy + Number(attr(attrs, "dy") ?? 0) };
    else if (name === "text" && close && text) {
      if (!text.hidden) for (const l of text.lines) boxes.push(box(l.text, l.dx, l.dy, text, f));
      text = null;
    }
  }
  return boxes;
}

function box(s: string, dx: number, dy: number, t: { m: Matrix; size: number; anchor: string }, f: Font): TextBox {
  const w = (f.layout(s).advanceWidth / f.unitsPerEm) * t.size;
  const x0 = dx + (t.anchor === "middle" ? -w / 2 : t.anchor === "end" ? -w : 0);
  const top = dy - (f.ascent / f.unitsPerEm) * t.size;
  const bottom = dy - (f.descent / f.unitsPerEm) * t.size;
  const at = ([x, y]: [number, number]): [number, number] => [t.m[0] * x + t.m[2] * y + t.m[4], t.m[1] * x + t.m[3] * y + t.m[5]];
  return { text: s, corners: [at([x0, top]), at([x0 + w, top]), at([x0 + w, bottom]), at([x0, bottom])] };
}

/** How far two convex quads overlap along their least-overlapping axis (≤ 0: apart). */
function penetration(a: TextBox, b: TextBox): number {
  let least = Infinity;
  for (const quad of [a.corners, b.corners]) {
    for (let i = 0; i < 2; i++) {
      const [p, q] = [quad[i], quad[i + 1]];
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
      const axis = [(q[1] - p[1]) / len, -(q[0] - p[0]) / len];
      const project = (c: [number, number][]) => c.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a.corners);
      const pb = project(b.corners);
      least = Math.min(least, Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)));
    }
  }
  return least;
}

/** The pairs of texts in `svg` that collide by more than `tolerance` px (default 1). */
export function textOverlaps(svg: string, tolerance = 1): [TextBox, TextBox][] {
  const boxes = textBoxes(svg);
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (penetration(boxes[i], boxes[j]) > tolerance) out.push([boxes[i], boxes[j]]);
  return out;
}
