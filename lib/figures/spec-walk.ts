/**
 * A copy of a vega-lite spec with some entries rewritten: the walk every layout pass of ./fit-width.ts
 * and ./wrap-for-width.ts needs (view widths, header limits, legend columns). `rewrite(key, value)`
 * returns the entry's new value, or `undefined` to keep walking inside it; data is drawn, not laid
 * out, so `data` and `datasets` are never entered.
 *
 * @example
 * mapSpec({ width: 100, layer: [{ width: 50 }] }, (k, v) => (k === "width" && typeof v === "number" ? v * 2 : undefined));
 * // { width: 200, layer: [{ width: 100 }] }
 */
export function mapSpec<T>(spec: T, rewrite: (key: string, value: unknown) => unknown): T {
  if (Array.isArray(spec)) return spec.map((x) => mapSpec(x, rewrite)) as T;
  if (spec === null || typeof spec !== "object") return spec;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
    if (key === "data" || key === "datasets") {
      out[key] = value;
      continue;
    }
    const replaced = rewrite(key, value);
    out[key] = replaced === undefined ? mapSpec(value, rewrite) : replaced;
  }
  return out as T;
}
