/**
 * The regional statements of section 2.3.2 (Fig. 5–6) that the synthetic corpus must honour,
 * their tolerance, and the shares they are checked on: each region's share of a dimension's
 * points per top-level group (parent theme, or tool).
 *
 * The paper prints one regional number (central land use 25.75 %) and otherwise bounds ("超过
 * 30 %", "接近 40 %", "相对较大", "较多"). Each statement is a `slack` in percentage points: > 0
 * means it holds. The generator aims for a slack of at least `aim`, so its corpora hold with
 * room to spare; the check itself (and the tests) only require slack > 0.
 *
 * @example
 * const shares = regionalShares(corpus.codebook, corpus.documents, corpus.documentCounts);
 * shares.themes.central.land_use;                         // ≈ 25.75
 * REGIONAL_STATEMENTS.every((s) => s.slack(shares) > 0);  // true for every synthetic corpus
 */
import { REGIONS } from "../dataset/documents";
import type { DocumentCount, IndexedCodebook, NodeInfo, Region } from "../dataset/types";
import type { RegionalShares, StatementResult } from "./types";

/**
 * Tolerances, in percentage points, for the statements the paper gives as numbers. Central land
 * use is printed as 25.75 %; ± 1.5 pp is about four reference points of the central region's
 * 250–280 theme points (11 documents), so a corpus can match it without forcing one exact value,
 * while staying far from the overall share (20.54 %) the statement sets the centre apart from. "Close to 40 %" for the west is read
 * as 36–40 %: near 40, not above it.
 */
export const REGIONAL_TOLERANCE = {
  centralLandUsePct: 25.75,
  centralLandUsePp: 1.5,
  westLandSupplyPct: [36, 40] as const,
  /** "超过 30 %": every region's land supply, and west/northeast operation supervision. */
  overPct: 30,
} as const;

/** One statement of 2.3.2: how far inside its bound a corpus lies (pp), and the margin aimed for. */
export interface RegionalStatement {
  id: string;
  claim: string;
  /** Whether the generator enforces it (all do; the tool statement is qualitative in the paper). */
  enforced: boolean;
  aim: number;
  slack(shares: RegionalShares): number;
}

const OTHERS: readonly Region[] = ["northeast", "central", "west"];
const T = REGIONAL_TOLERANCE;

export const REGIONAL_STATEMENTS: readonly RegionalStatement[] = [
  {
    id: "land-supply-over-30",
    claim: "every region: land supply > 30 % of its theme points (2.3.2)",
    enforced: true,
    aim: 1,
    slack: (s) => Math.min(...REGIONS.map((r) => s.themes[r].land_supply)) - T.overPct,
  },
  {
    id: "west-land-supply-near-40",
    claim: `west: land supply close to 40 % (${T.westLandSupplyPct[0]}–${T.westLandSupplyPct[1]} %) (2.3.2)`,
    enforced: true,
    aim: 1,
    slack: (s) => Math.min(s.themes.west.land_supply - T.westLandSupplyPct[0], T.westLandSupplyPct[1] - s.themes.west.land_supply),
  },
  {
    id: "west-northeast-supervision-over-30",
    claim: "west and northeast: operation supervision > 30 % (2.3.2)",
    enforced: true,
    aim: 1,
    slack: (s) => Math.min(s.themes.west.operation_supervision, s.themes.northeast.operation_supervision) - T.overPct,
  },
  {
    id: "central-land-use-25.75",
    claim: `central: land use ${T.centralLandUsePct} % ± ${T.centralLandUsePp} pp (2.3.2)`,
    enforced: true,
    // Aim for ± 0.5 pp, well inside the tolerance.
    aim: 1,
    slack: (s) => T.centralLandUsePp - Math.abs(s.themes.central.land_use - T.centralLandUsePct),
  },
  {
    id: "east-largest-property-rights",
    claim: "east: the largest property-rights share of the four regions (2.3.2)",
    enforced: true,
    aim: 1,
    slack: (s) => s.themes.east.property_rights - Math.max(...OTHERS.map((r) => s.themes[r].property_rights)),
  },
  {
    id: "capacity-building-outside-east",
    claim: "northeast, central and west: a larger capacity-building share of tool points than the east (2.3.2, Fig. 6)",
    enforced: true,
    aim: 1,
    slack: (s) => Math.min(...OTHERS.map((r) => s.tools[r].capacity_building)) - s.tools.east.capacity_building,
  },
];

/**
 * Starting bias of the allocation, in tenths (10 = neutral): how strongly a region's documents
 * attract a group's document memberships and extra points before the repair step. It encodes the
 * direction of each statement (the west towards land supply and supervision and away from land
 * use and property rights, the centre towards land use, the east towards property rights), so the
 * repair only fine-tunes; the exact shares come from the repair, not from these numbers.
 */
export const REGIONAL_BIAS: Readonly<Record<Region, Readonly<Record<string, number>>>> = {
  northeast: { land_supply: 12, land_use: 8, property_rights: 6, operation_supervision: 15, capacity_building: 20 },
  east: { property_rights: 13 },
  central: { land_use: 16, property_rights: 7, operation_supervision: 9, capacity_building: 20 },
  west: { land_supply: 20, land_use: 5, property_rights: 4, operation_supervision: 15, capacity_building: 20 },
};

/** The bias of a region for a group (10 where the table says nothing). */
export function biasOf(region: Region, group: string): number {
  return REGIONAL_BIAS[region][group] ?? 10;
}

/** Evaluates every statement on the shares. */
export function checkStatements(shares: RegionalShares): StatementResult[] {
  return REGIONAL_STATEMENTS.map((s) => {
    const slack = s.slack(shares);
    return { id: s.id, claim: s.claim, slack, holds: slack > 0 };
  });
}

/** Points per dimension, region and group, as the repair step keeps them up to date. */
export type RegionalPoints = Record<"tools" | "themes", Record<Region, Record<string, number>>>;

/** Turns regional points into shares of each region's dimension total, in percent (0 where a region has none). */
export function sharesOf(points: RegionalPoints): RegionalShares {
  const out = {} as RegionalShares;
  for (const dimension of ["tools", "themes"] as const) {
    out[dimension] = {} as Record<Region, Record<string, number>>;
    for (const region of REGIONS) {
      const groups = points[dimension][region];
      const total = Object.values(groups).reduce((a, b) => a + b, 0);
      out[dimension][region] = Object.fromEntries(Object.entries(groups).map(([g, p]) => [g, total === 0 ? 0 : (100 * p) / total]));
    }
  }
  return out;
}

/** Empty regional points for a codebook: every region, every tool and parent theme at 0. */
export function emptyRegionalPoints(codebook: IndexedCodebook): RegionalPoints {
  const zeros = (ids: readonly string[]) => Object.fromEntries(REGIONS.map((r) => [r, Object.fromEntries(ids.map((id) => [id, 0]))])) as Record<Region, Record<string, number>>;
  return { tools: zeros(codebook.tools.map((t) => t.id)), themes: zeros(codebook.themes.map((t) => t.id)) };
}

/** The top-level node (tool or parent theme) a node counts towards; null for roots and margins. */
export function groupOf(nodeId: string, nodes: ReadonlyMap<string, NodeInfo>): string | null {
  let node = nodes.get(nodeId);
  while (node !== undefined && node.level > 1) node = node.parent === null ? undefined : nodes.get(node.parent);
  return node !== undefined && node.level === 1 && node.kind !== "margin" ? node.id : null;
}

/**
 * Each region's shares from document-level data (any dataset with a registry and document counts),
 * so the statements can be checked on a written and reloaded folder, not only on the generator's state.
 */
export function regionalShares(codebook: IndexedCodebook, documents: ReadonlyArray<{ doc_id?: string; region: Region }>, documentCounts: readonly DocumentCount[]): RegionalShares {
  const regionOf = new Map(documents.map((d) => [d.doc_id, d.region]));
  const points = emptyRegionalPoints(codebook);
  for (const row of documentCounts) {
    const region = regionOf.get(row.doc_id);
    const group = groupOf(row.node_id, codebook.nodes);
    const dimension = codebook.nodes.get(row.node_id)?.dimension;
    if (region === undefined || group === null || dimension === undefined) continue;
    points[dimension][region][group] += row.points;
  }
  return sharesOf(points);
}
