import { DOCUMENT_COLUMNS } from "../dataset/documents";
import { DOCUMENT_COUNT_COLUMNS } from "../dataset/document-counts";
import { COUNT_COLUMNS } from "../dataset/counts";
import { csv } from "../io/csv-write";
import { synth } from "../messages";
import { INVENTED_PLAN } from "./places";
import { countCities, countProvinces } from "./registry";
import { REGIONAL_TOLERANCE } from "./regional";
import type { RegionalShares, SyntheticCorpus } from "./types";

/** The id every synthetic dataset carries; the writer recognises its own earlier output by it. */
export const SYNTHETIC_ID = "synthetic-m0";

/** File names of a synthetic dataset folder, in the order they are written. */
export const SYNTHETIC_FILES = ["dataset.json", "codebook.json", "documents.csv", "document_counts.csv", "counts.csv"] as const;

export type SyntheticFiles = Record<(typeof SYNTHETIC_FILES)[number], string>;

/**
 * The files of a synthetic dataset folder, as text: dataset.json, codebook.json (the source's,
 * byte for byte), documents.csv, document_counts.csv and counts.csv. Pure: the same corpus gives
 * the same bytes (fixed key order, sorted rows, "\n" line ends, numbers rounded before printing).
 *
 * @example
 * const files = renderSyntheticFiles(synthesizeCorpus(loadDataset(), 7));
 * files["documents.csv"].split("\n")[0]; // "row,region,place,place_en,year,title,doc_id,province"
 */
export function renderSyntheticFiles(corpus: SyntheticCorpus): SyntheticFiles {
  return {
    "dataset.json": `${JSON.stringify(datasetJson(corpus), null, 2)}\n`,
    "codebook.json": corpus.source.codebookJson,
    "documents.csv": csv(
      [...DOCUMENT_COLUMNS, "doc_id", "province"],
      corpus.documents.map((d) => [d.row, d.region, d.place, d.place_en, d.year, d.title, d.doc_id, d.province]),
    ),
    "document_counts.csv": csv(DOCUMENT_COUNT_COLUMNS, corpus.documentCounts.map((r) => [r.doc_id, r.node_id, r.points])),
    "counts.csv": csv(
      COUNT_COLUMNS,
      corpus.source.counts.map((row) => {
        const totals = corpus.totals.get(row.node_id)!;
        // Files only where the paper prints them, so the synthetic counts.csv has the paper's shape.
        return [row.source, row.node_id, row.label_printed, row.files === null ? "" : totals.files, totals.points, ""];
      }),
    ),
  };
}

function datasetJson(corpus: SyntheticCorpus): Record<string, unknown> {
  const years = corpus.documents.map((d) => d.year);
  const invented = INVENTED_PLAN.reduce((n, g) => n + g.documents, 0);
  return {
    id: SYNTHETIC_ID,
    synthetic: true,
    title: `SYNTHETIC corpus (seed ${corpus.seed}): ${corpus.documents.length} made-up coded documents reproducing the printed counts of the M0 policy paper, not real data`,
    title_zh: `合成数据（种子 ${corpus.seed}）：复现论文公布计数的 ${corpus.documents.length} 份虚构编码文件，并非真实文件的编码`,
    description: synth.datasetDescription({
      seed: corpus.seed,
      kitVersion: corpus.kitVersion,
      source: corpus.source.id,
      documents: corpus.documents.length,
      invented,
      direct: corpus.directCodings.map((d) => `${d.doc_id}: ${d.reason}`),
    }),
    version: corpus.kitVersion,
    generator: { kit: "toolmix", kit_version: corpus.kitVersion, command: `toolmix synth --seed ${corpus.seed}`, seed: corpus.seed, attempt: corpus.attempt },
    source: { reproduces: corpus.source.id, paper: corpus.source.meta.source ?? null },
    corpus: {
      documents: corpus.documents.length,
      cities: countCities(corpus.documents),
      provinces: countProvinces(corpus.documents),
      first_year: Math.min(...years),
      last_year: Math.max(...years),
      listed_documents: corpus.documents.length - invented,
      invented_documents: invented,
      section: "2",
    },
    dimensions: corpus.source.meta.dimensions ?? {},
    synthesis: {
      direct_codings: corpus.directCodings.map((d) => ({ doc_id: d.doc_id, node_id: d.node_id, points: d.points, reason: d.reason })),
      regional_tolerance: {
        central_land_use_pct: REGIONAL_TOLERANCE.centralLandUsePct,
        central_land_use_pp: REGIONAL_TOLERANCE.centralLandUsePp,
        west_land_supply_pct: REGIONAL_TOLERANCE.westLandSupplyPct,
        over_pct: REGIONAL_TOLERANCE.overPct,
      },
      regional_statements: corpus.statements.map((s) => ({ id: s.id, claim: s.claim, slack_pp: round2(s.slack), holds: s.holds })),
      regional_shares_pct: roundShares(corpus.shares),
    },
    files: { codebook: "codebook.json", counts: "counts.csv", documents: "documents.csv", document_counts: "document_counts.csv" },
  };
}

function roundShares(shares: RegionalShares): Record<string, unknown> {
  const round = (byRegion: Record<string, Record<string, number>>) =>
    Object.fromEntries(Object.entries(byRegion).map(([region, groups]) => [region, Object.fromEntries(Object.entries(groups).map(([g, v]) => [g, round2(v)]))]));
  return { themes: round(shares.themes), tools: round(shares.tools) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
