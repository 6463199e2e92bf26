import type { IndexedCodebook, Region } from "../dataset/types";
import type { Rng } from "../random/prng";
import type { Coding } from "./allocate";
import { emptyRegionalPoints, REGIONAL_STATEMENTS, sharesOf, type RegionalPoints } from "./regional";

/** Upper bound on proposed moves per attempt; a run that needs more is retried with another stream. */
export const MAX_REPAIR_STEPS = 60_000;

export interface RepairResult {
  /** Sum over statements of how far each is short of its aimed margin (pp); 0 = all met. */
  penalty: number;
  steps: number;
}

/**
 * Regional repair: moves single extra points of a node from a document in one region to a document
 * in another region that is also coded at that node, until every statement of section 2.3.2 holds
 * with its aimed margin (lib/synth/regional.ts).
 *
 * A move never changes a node's points (one point leaves a document, one arrives in another) nor
 * its files (the donor keeps at least one point, the receiver already has one), so every printed
 * margin stays exact; only the regional split of points changes. Moves that do not worsen the
 * penalty are kept (so the corpus keeps the randomness of the allocation where no statement
 * binds), moves that worsen it are undone. Deterministic for a given generator state.
 *
 * @example
 * const paper = loadDataset();
 * const rng = new Rng(1);
 * const regionOf = buildRegistry(paper.documents, rng).map((d) => d.region);
 * const weight = (doc: number, group: string) => biasOf(regionOf[doc], group);
 * const { codings } = allocateCounts(paper.codebook, canonicalCounts(paper), 68, weight, rng, "counts.csv");
 * repairRegions(codings, regionOf, paper.codebook, rng).penalty; // 0: every statement holds with its margin
 */
export function repairRegions(codings: readonly Coding[], regionOf: readonly Region[], codebook: IndexedCodebook, rng: Rng): RepairResult {
  const points = regionalPointsOf(codings, regionOf, codebook);
  const movable = codings.filter((c) => !c.direct && c.members.length > 1 && totalOf(c) > c.members.length);
  let penalty = penaltyOf(points);
  let steps = 0;
  while (penalty > 0 && steps < MAX_REPAIR_STEPS && movable.length > 0) {
    steps++;
    const coding = movable[rng.nextInt(movable.length)];
    const donor = coding.members[rng.nextInt(coding.members.length)];
    const receiver = coding.members[rng.nextInt(coding.members.length)];
    // Guard clauses: the donor must keep ≥ 1 point (files unchanged); same-region moves change nothing.
    if (coding.points[donor] < 2 || regionOf[donor] === regionOf[receiver]) continue;
    const groups = points[coding.dimension];
    move(coding, groups, regionOf, donor, receiver);
    const next = penaltyOf(points);
    if (next <= penalty) penalty = next;
    else move(coding, groups, regionOf, receiver, donor);
  }
  return { penalty, steps };
}

function move(coding: Coding, groups: RegionalPoints["tools"], regionOf: readonly Region[], from: number, to: number): void {
  coding.points[from]--;
  coding.points[to]++;
  groups[regionOf[from]][coding.group]--;
  groups[regionOf[to]][coding.group]++;
}

/** How far the statements are from their aimed margins, in percentage points. */
export function penaltyOf(points: RegionalPoints): number {
  const shares = sharesOf(points);
  let penalty = 0;
  for (const statement of REGIONAL_STATEMENTS) {
    if (!statement.enforced) continue;
    const slack = statement.slack(shares);
    // NaN (a group the codebook lacks) counts as far off, so it never passes silently.
    penalty += Number.isNaN(slack) ? 1e6 : Math.max(0, statement.aim - slack);
  }
  return penalty;
}

/** Regional points of a set of codings: the state the repair updates move by move. */
export function regionalPointsOf(codings: readonly Coding[], regionOf: readonly Region[], codebook: IndexedCodebook): RegionalPoints {
  const points = emptyRegionalPoints(codebook);
  for (const coding of codings) {
    const groups = points[coding.dimension];
    for (const doc of coding.members) groups[regionOf[doc]][coding.group] += coding.points[doc];
  }
  return points;
}

function totalOf(coding: Coding): number {
  let total = 0;
  for (const doc of coding.members) total += coding.points[doc];
  return total;
}
