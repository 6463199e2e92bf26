import type { CountRow, Dataset } from "../dataset/types";
import { finding } from "../messages";
import { sharePct, truncatedPct } from "../util/percent";
import { summands } from "./canonical";
import type { Finding } from "./types";

/** What every check receives: the dataset, each node's standing counts, and a way to report. */
export interface CheckContext {
  dataset: Dataset;
  counts: ReadonlyMap<string, CountRow>;
  report: (f: Finding) => void;
  /** Whether the node may hold codings of its own beyond its children's (./direct.ts). */
  direct: (nodeId: string) => boolean;
}

// A function declaration, not a module-level arrow: Stryker's vitest runner cannot activate a
// mutant in code that runs when the module loads, so such code would hide its mutants.
function at(row: CountRow): Pick<Finding, "source" | "node" | "label" | "line"> {
  return { source: row.source, node: row.node_id, label: row.label_printed, line: row.line };
}

/** Recomputes every printed share from the counts (share of the parent's points, two decimals). */
export function checkShares({ dataset, counts, report }: CheckContext): void {
  for (const row of dataset.counts) {
    const node = dataset.codebook.nodes.get(row.node_id)!;
    if (row.pct_printed === null) continue;
    const whole = node.parent === null ? row.points : counts.get(node.parent)?.points;
    if (whole === undefined) continue;
    const recomputed = sharePct(row.points, whole);
    if (Math.abs(recomputed - row.pct_printed) < 1e-9) continue;
    const truncates = Math.abs(truncatedPct(row.points, whole) - row.pct_printed) < 1e-9;
    report({ severity: "warning", check: "share", ...at(row), message: finding.shareMismatch(recomputed, row.pct_printed, row.points, whole, truncates) });
  }
}

/**
 * A parent's points are its children's plus any coded at the parent itself. Children above their
 * parent cannot happen (error); a parent above its children is fine where the dataset can hold
 * codings at the parent (imported, coded, document-level data), a warning for printed tables.
 */
export function checkChildrenSum({ dataset, counts, report, direct }: CheckContext): void {
  for (const node of dataset.codebook.nodes.values()) {
    const parts = summands(node, dataset.codebook.nodes);
    const own = counts.get(node.id);
    if (parts.length === 0 || own === undefined || parts.some((id) => !counts.has(id))) continue;
    const sum = parts.reduce((total, id) => total + counts.get(id)!.points, 0);
    if (sum > own.points) report({ severity: "error", check: "children-sum", ...at(own), message: finding.childrenAbove(sum, own.points, parts) });
    else if (sum < own.points && !direct(node.id)) report({ severity: "warning", check: "children-sum", ...at(own), message: finding.childrenSum(sum, own.points, parts) });
  }
}

/**
 * File counts are documents: none may exceed the corpus; a parent's are the union of its
 * children's (and of its own codings), so at least its widest child's, and at most the sum of its
 * children's unless the parent holds codings of its own.
 */
export function checkFiles({ dataset, counts, report, direct }: CheckContext): void {
  const total = dataset.meta.corpus.documents;
  for (const row of dataset.counts) {
    if (row.files !== null && row.files > total) report({ severity: "error", check: "files-total", ...at(row), message: finding.filesAboveTotal(row.files, total) });
  }
  for (const node of dataset.codebook.nodes.values()) {
    const own = counts.get(node.id);
    const parts = summands(node, dataset.codebook.nodes).map((id) => counts.get(id));
    if (own?.files == null || parts.length === 0 || parts.some((p) => p?.files == null)) continue;
    const widest = parts.reduce((a, b) => (b!.files! > a!.files! ? b : a))!;
    if (own.files < widest.files!) {
      report({ severity: "error", check: "files-union", ...at(own), message: finding.filesBelowChild(own.files, widest.node_id, widest.files!) });
    }
    const sum = parts.reduce((t, p) => t + p!.files!, 0);
    if (own.files > sum && !direct(node.id)) report({ severity: "error", check: "files-union", ...at(own), message: finding.filesAboveChildSum(own.files, sum) });
  }
}

/** A node printed in two places must carry the same numbers in both. */
export function checkPrintedTwice({ dataset, counts, report }: CheckContext): void {
  for (const row of dataset.counts) {
    const first = counts.get(row.node_id)!;
    if (first === row) continue;
    for (const field of ["files", "points"] as const) {
      if (row[field] !== first[field]) {
        report({ severity: "warning", check: "printed-twice", ...at(row), message: finding.printedTwice(row.source, first.source, field, row[field], first[field]) });
      }
    }
  }
}

/** Every codebook node should have counts; dimension roots should match dataset.json. */
export function checkCoverage({ dataset, counts, report }: CheckContext): void {
  for (const node of dataset.codebook.nodes.values()) {
    if (!counts.has(node.id)) report({ severity: "warning", check: "missing", source: "", node: node.id, label: node.label_zh, message: finding.missingNode });
  }
  for (const [dimension, declared] of Object.entries(dataset.meta.dimensions ?? {})) {
    const root = counts.get(dimension);
    if (root && declared && root.points !== declared.points) {
      report({ severity: "warning", check: "dimension-total", ...at(root), message: finding.dimensionTotal(root.points, declared.points) });
    }
  }
}

