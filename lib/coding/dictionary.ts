/**
 * A scheme dictionary: cue terms, each for one node of a coding scheme (any codebook,
 * lib/dataset/codebook.ts) with a direction where the scheme has directions and a weight. It is
 * built from the cue words of the codebook itself (`cues` on tools, sub-tools and nodes of the
 * second dimension; weight 1) or read from a keyword list (./dictionary-csv.ts), and it is what
 * the generic scheme coder (./scheme-coder.ts) matches.
 *
 * Where the scheme has directions a clause is coded at a cell (`tool.promotion`), which only leaf
 * tools have; so there a tool term must sit on a leaf tool (or name the cell, in a keyword list).
 *
 * Which coder runs: the paper's scheme keeps the paper's coder with its rich lexicon
 * (./lexicon.json), byte for byte; {@link isPaperCodebook} says when a codebook is the paper's —
 * the same node ids as data/paper-m0/codebook.json, so every cell and theme of the lexicon exists.
 *
 * Reference: docs/codebook.md (cue words); 周敏等 2025 section 2.1 for the paper's scheme.
 *
 * @example
 * const sde = indexCodebook(readJson("data/schemes/supply-demand-environment/codebook.json"), "sde.json");
 * const dict = dictionaryFromCodebook(sde, "sde.json");
 * dict.entries.find((e) => e.term === "专项资金"); // { term: "专项资金", node: "supply.funding", dimension: "tools", direction: null, weight: 1, … }
 */
import { hasDirections, indexCodebook } from "../dataset/codebook";
import { readJson } from "../dataset/load";
import type { Direction, IndexedCodebook, ThemeDef, ToolDef } from "../dataset/types";
import { InputError, IssueCollector } from "../errors";
import { dictionaryText as text } from "../messages";
import { kitPath } from "../util/paths";

/** One cue term for one node. */
export interface DictionaryEntry {
  term: string;
  /** A tool node (leaf tool where the scheme has directions) or a node of the second dimension. */
  node: string;
  dimension: "tools" | "themes";
  /** Tool terms of a scheme with directions: the direction the term signals, or null. */
  direction: Direction | null;
  /** Positive; decides the tool of a clause (./scheme-coder.ts). */
  weight: number;
}

/** A dictionary for one codebook. */
export interface SchemeDictionary {
  codebook: IndexedCodebook;
  entries: readonly DictionaryEntry[];
  /** Where the terms come from, for provenance and the summary. */
  source: string;
}

/**
 * The codebook's own cue words as a dictionary, each with weight 1; the same term twice on one
 * node (and direction) counts once. An error naming the codebook file and the cue's JSON path for
 * a tool cue above the leaves of a scheme with directions, and when no node has any cue.
 *
 * @example
 * dictionaryFromCodebook(sde, "sde.json").entries.length > 100; // true
 */
export function dictionaryFromCodebook(codebook: IndexedCodebook, file: string): SchemeDictionary {
  const issues = new IssueCollector();
  const directed = hasDirections(codebook);
  const seen = new Set<string>();
  const entries: DictionaryEntry[] = [];
  const add = (entry: DictionaryEntry) => {
    const key = `${entry.term}\u0000${entry.node}\u0000${entry.direction}`;
    if (!seen.has(key)) entries.push(entry);
    seen.add(key);
  };
  const walkTools = (tools: readonly ToolDef[], path: string) =>
    tools.forEach((tool, i) => {
      const here = `${path}[${i}]`;
      const leaf = !tool.children?.length;
      tool.cues.forEach((cue, k) => {
        if (directed && !leaf) issues.add({ file, field: `${here}.cues[${k}]`, found: cue.term, expected: text.expected.cueOnLeaf(codebook.scheme.id) });
        else add({ term: cue.term, node: tool.id, dimension: "tools", direction: directed ? cue.direction : null, weight: 1 });
      });
      walkTools(tool.children ?? [], `${here}.children`);
    });
  const walkThemes = (themes: readonly ThemeDef[]) =>
    themes.forEach((theme) => {
      for (const cue of theme.cues ?? []) add({ term: cue.term, node: theme.id, dimension: "themes", direction: null, weight: 1 });
      walkThemes(theme.children ?? []);
    });
  walkTools(codebook.tools, "tools");
  walkThemes(codebook.themes);
  issues.throwIfAny();
  if (entries.length === 0) throw new InputError([{ file, field: "cues", found: text.found.noCues, expected: text.expected.someCues }]);
  return { codebook, entries, source: text.coder.codebookCues(file) };
}

let paperIds: ReadonlySet<string> | undefined;

/**
 * Whether a codebook is the paper's scheme: the same node ids, and no others, as
 * data/paper-m0/codebook.json (labels and cue words may differ). Such a codebook is coded by
 * the paper's coder and lexicon.
 *
 * @example
 * isPaperCodebook(loadDataset().codebook); // true
 */
export function isPaperCodebook(codebook: IndexedCodebook): boolean {
  if (paperIds === undefined) {
    const file = kitPath("data", "paper-m0", "codebook.json");
    paperIds = new Set(indexCodebook(readJson(file), file).nodes.keys());
  }
  const ids = paperIds;
  return codebook.nodes.size === ids.size && [...codebook.nodes.keys()].every((id) => ids.has(id));
}

/**
 * Where a code of a keyword list or a mapping may point: a tool node (with directions, a leaf
 * tool or a cell; a leaf tool's terms then carry no direction) or a node of the second dimension.
 * Returns the entry's node, dimension and direction, or the reason it may not.
 *
 * @example
 * dictionaryTarget(paper.codebook, "authority.constraint"); // { node: "authority", dimension: "tools", direction: "constraint" }
 */
export function dictionaryTarget(codebook: IndexedCodebook, code: string): Pick<DictionaryEntry, "node" | "dimension" | "direction"> | "unknown" | "not-leaf" {
  const node = codebook.nodes.get(code);
  if (node === undefined || node.kind === "root" || node.kind === "margin") return "unknown";
  if (node.kind === "theme") return { node: node.id, dimension: "themes", direction: null };
  if (node.kind === "cell") return { node: node.parent as string, dimension: "tools", direction: node.direction ?? null };
  const leaf = !node.children.some((c) => codebook.nodes.get(c)?.kind === "tool");
  if (hasDirections(codebook) && !leaf) return "not-leaf";
  return { node: node.id, dimension: "tools", direction: null };
}
