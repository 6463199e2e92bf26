/**
 * Tables for notebooks as HTML, the one way every notebook shows a table (`show(frame)`,
 * `showTable(rows)`): column headings labelled in Chinese, English or both, numbers rounded as the
 * paper prints them (whole numbers as they are, others to two decimals unless a column says
 * otherwise, never "-0.00"), text escaped, long tables cut with a line saying how many rows are
 * left out. A DataFrame printed as text wraps its box drawing, shows 13-digit floats and cuts
 * Chinese titles; an HTML table does none of that, in Jupyter, in nbconvert's HTML and on GitHub.
 *
 * Reference: lib/util/html.ts (the kit's table style); 周敏等 2025, Tables 2–7 (two decimals).
 *
 * @example
 * tableHtml([{ node_id: "authority", points: 1449, pct: 71.029 }]);
 * // <table class="toolmix"> … <th>节点 node</th><th>参考点 points</th><th>占比 % share %</th> … <td>71.03</td> …
 * tableHtml(frame, { columns: [{ key: "share", percent: true, digits: 1 }] }); // 0.7103 → "71.0 %"
 */
import { label, type Lang } from "../charts/theme";
import { tableText } from "../messages";
import { escapeHtml, TABLE_STYLE } from "../util/html";
import { fixed } from "../util/fixed";

/** How one column is shown; every field optional (the key alone shows the column as it is). */
export interface ColumnSpec {
  key: string;
  /** Heading in Chinese and English; default: the kit's label of a known column, else the key. */
  zh?: string;
  en?: string;
  /** Decimals of a non-integer number (default 2). */
  digits?: number;
  /** A fraction shown as a percentage (0.7103 → 71.03 %). */
  percent?: boolean;
}

/** Options of {@link tableHtml}. */
export interface TableOptions {
  /** The columns, in order; default: every key of the rows (of the frame), in order of first appearance. */
  columns?: readonly (string | ColumnSpec)[];
  caption?: string;
  lang?: Lang;
  /** Decimals of non-integer numbers in columns that do not set their own (default 2). */
  digits?: number;
  /** Rows shown at most (default 200); the rest are counted in a last line. */
  maxRows?: number;
}

/** What the kit reads of a danfojs DataFrame: its column names and its rows of values. */
export interface FrameLike {
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[];
}

/** A record: any object (interfaces without an index signature too); its own enumerable keys are the columns. */
type Row = object;

/** Whether a value is a DataFrame (or anything with columns and rows of values). */
export function isFrameLike(value: unknown): value is FrameLike {
  const v = value as Partial<FrameLike> | null;
  return typeof v === "object" && v !== null && Array.isArray(v.columns) && Array.isArray(v.values);
}

/**
 * An HTML table of records or of a DataFrame.
 *
 * @example
 * tableHtml([{ a: 1.005 }, { a: -0.0001 }]).includes("<td>0.00</td>"); // true: no "-0.00"
 */
export function tableHtml(data: readonly Row[] | FrameLike, options: TableOptions = {}): string {
  const rows: readonly Readonly<Record<string, unknown>>[] = isFrameLike(data) ? data.values.map((values) => Object.fromEntries(data.columns.map((c, i) => [c, values[i]]))) : (data as readonly Readonly<Record<string, unknown>>[]);
  const keys = isFrameLike(data) ? [...data.columns] : [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns = (options.columns ?? keys).map((c): ColumnSpec => (typeof c === "string" ? { key: c } : c));
  const lang = options.lang ?? "both";
  const max = options.maxRows ?? 200;
  const head = columns.map((c) => `<th>${escapeHtml(heading(c, lang))}</th>`).join("");
  // Text reads from the left, numbers line up on the right.
  const td = (value: unknown, c: ColumnSpec) => `<td${typeof value === "number" || value === null || value === undefined ? "" : ' class="text"'}>${escapeHtml(cell(value, c, options.digits ?? 2))}</td>`;
  const body = rows.slice(0, max).map((r) => `<tr>${columns.map((c) => td(Object.hasOwn(r, c.key) ? r[c.key] : undefined, c)).join("")}</tr>`);
  const more = rows.length > max ? [`<tr><td colspan="${columns.length}">${escapeHtml(tableText.moreRows(rows.length - max, rows.length))}</td></tr>`] : [];
  const caption = options.caption === undefined ? "" : `<caption>${escapeHtml(options.caption)}</caption>`;
  return `${TABLE_STYLE}<table class="toolmix">${caption}<tr>${head}</tr>${[...body, ...more].join("")}</table>`;
}

function heading(c: ColumnSpec, lang: Lang): string {
  const known = Object.hasOwn(tableText.columns, c.key) ? tableText.columns[c.key] : undefined;
  const zh = c.zh ?? known?.zh ?? c.key;
  const en = c.en ?? known?.en ?? c.key;
  return label(zh, en, lang) + (c.percent ? " (%)" : "");
}

/** One cell as text: numbers rounded, null and undefined as "—", arrays joined, objects as JSON. */
function cell(value: unknown, c: ColumnSpec, digits: number): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "—";
  if (typeof value === "number") {
    const v = c.percent ? value * 100 : value;
    return Number.isInteger(v) && c.digits === undefined && !c.percent ? String(v) : fixed(v, c.digits ?? digits);
  }
  if (Array.isArray(value)) return value.map((x) => cell(x, c, digits)).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
