import { join } from "node:path";
import { aggregateDocumentCounts } from "../dataset/aggregate";
import type { Dataset, DocumentCount } from "../dataset/types";
import { readUtf8 } from "../io/read-text";
import { synth } from "../messages";
import { Rng, streamSeed } from "../random/prng";
import { kitVersion } from "../util/version";
import { canonicalCounts } from "../validate/canonical";
import { allocateCounts, type Coding } from "./allocate";
import { INVENTED_PLAN } from "./places";
import { buildRegistry, LISTED_DOCUMENTS } from "./registry";
import { biasOf, checkStatements, regionalShares } from "./regional";
import { repairRegions } from "./repair";
import type { DirectCoding, SyntheticCorpus, SyntheticDocument } from "./types";

/** Attempts before giving up; each is an independent stream, and one usually suffices. */
export const MAX_ATTEMPTS = 20;

/**
 * Synthesizes a seeded document-level corpus whose NVivo totals equal the paper's printed counts
 * exactly (Tables 2–7 and the text of 2.2), with a registry satisfying section 2.3.1 and regional
 * shares satisfying section 2.3.2. It is SYNTHETIC: made up for bootstrap demonstrations and
 * teaching, never a claim about the real documents.
 *
 * Steps per attempt: registry (lib/synth/registry.ts) → top-down allocation of every printed
 * count (allocate.ts) → regional repair (repair.ts) → self-check of every printed count and of
 * the statements. An attempt whose repair does not converge is retried on a fresh stream
 * `streamSeed(seed, "attempt-k")`; the number of attempts is bounded.
 *
 * @example
 * const corpus = synthesizeCorpus(loadDataset(), 7);
 * corpus.totals.get("tools.constraint"); // { files: 66, points: 677 }
 * corpus.totals.get("property_rights.lease_sale"); // { files: 10, points: 20 }
 */
export function synthesizeCorpus(paper: Dataset, seed: number): SyntheticCorpus {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(synth.badSeed(seed));
  const planned = LISTED_DOCUMENTS + INVENTED_PLAN.reduce((n, g) => n + g.documents, 0);
  if (paper.meta.corpus.documents !== planned) throw new Error(synth.corpusSize(paper.meta.corpus.documents, planned));
  const files = { codebook: "codebook.json", counts: "counts.csv", ...((paper.meta as { files?: Record<string, string> }).files ?? {}) };
  const codebookJson = readUtf8(join(paper.dir, files.codebook));
  const countsFile = join(paper.dir, files.counts);
  const documents = buildRegistry(paper.documents, new Rng(streamSeed(seed, "registry")));
  const counts = canonicalCounts(paper);
  const regionOf = documents.map((d) => d.region);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const rng = new Rng(streamSeed(seed, `attempt-${attempt}`));
    // A size per document (1–4), so some documents are longer than others across all nodes, as real ones are.
    const size = documents.map(() => 1 + rng.nextInt(4));
    const weight = (doc: number, group: string) => size[doc] * biasOf(regionOf[doc], group);
    const { codings } = allocateCounts(paper.codebook, counts, documents.length, weight, rng, countsFile);
    if (repairRegions(codings, regionOf, paper.codebook, rng).penalty > 0) continue;
    const documentCounts = toDocumentCounts(codings, documents, paper);
    const totals = aggregateDocumentCounts(paper.codebook, documentCounts);
    selfCheck(paper, totals);
    const shares = regionalShares(paper.codebook, documents, documentCounts);
    const statements = checkStatements(shares);
    if (!statements.every((s) => s.holds)) continue;
    return {
      seed,
      attempt,
      kitVersion: kitVersion(),
      source: { id: paper.meta.id, meta: paper.meta, counts: paper.counts, codebookJson },
      codebook: paper.codebook,
      documents,
      documentCounts,
      directCodings: directCodings(codings, documents, paper),
      totals,
      shares,
      statements,
    };
  }
  throw new Error(synth.attemptsExhausted(seed, MAX_ATTEMPTS));
}

/** Long-format rows, sorted by document (registry order) then node (codebook order); `line` as written. */
function toDocumentCounts(codings: readonly Coding[], documents: readonly SyntheticDocument[], paper: Dataset): DocumentCount[] {
  const order = new Map([...paper.codebook.nodes.keys()].map((id, i) => [id, i]));
  const sorted = [...codings].sort((a, b) => order.get(a.node)! - order.get(b.node)!);
  const rows: DocumentCount[] = [];
  documents.forEach((doc, i) => {
    for (const coding of sorted) {
      if (coding.points[i] > 0) rows.push({ doc_id: doc.doc_id, node_id: coding.node, points: coding.points[i], line: rows.length + 2 });
    }
  });
  return rows;
}

/**
 * Points coded at an internal node, each with its reason: the node prints more points than its
 * children sum to (the paper's 租售管理: 20 against 9 + 10), so the difference sits at the node.
 */
function directCodings(codings: readonly Coding[], documents: readonly SyntheticDocument[], paper: Dataset): DirectCoding[] {
  const counts = canonicalCounts(paper);
  return codings
    .filter((c) => c.direct)
    .map((c) => {
      const row = counts.get(c.node)!;
      const childSum = paper.codebook.nodes.get(c.node)!.children.reduce((t, id) => t + (counts.get(id)?.points ?? 0), 0);
      const doc = c.members[0];
      return { doc_id: documents[doc].doc_id, node_id: c.node, points: c.points[doc], reason: synth.directReason(row.label_printed, c.node, row.points, childSum, row.files) };
    });
}

/** Every printed count must come back exactly; a difference here is a bug of the generator, not bad luck. */
function selfCheck(paper: Dataset, totals: ReturnType<typeof aggregateDocumentCounts>): void {
  for (const row of paper.counts) {
    const got = totals.get(row.node_id)!;
    if (got.points !== row.points || (row.files !== null && got.files !== row.files)) {
      throw new Error(synth.selfCheck(row.node_id, row.files, row.points, got.files, got.points));
    }
  }
}

