/** Messages of coding with a user's scheme: the dictionary from a codebook's cues or a keyword CSV, text headers, --scheme. Part of lib/messages (see index.ts). */

/** Texts of lib/coding's scheme coder (dictionary.ts, dictionary-csv.ts, header.ts, text-files.ts, scheme-coder.ts). */
export const dictionaryText = {
  expected: {
    columns: "the columns term, code and optionally weight (a header row term,code[,weight])",
    term: "a non-empty cue term",
    code: (scheme: string, examples: readonly string[], suggestion?: string) =>
      `${suggestion ? `"${suggestion}" (did you mean it?), or another ` : "a "}node id of the scheme "${scheme}": a tool or sub-tool, a tool × direction cell where the scheme has directions, or a node of the second dimension (e.g. ${examples.join(", ")})`,
    leafForDirections: (scheme: string) =>
      `a leaf tool, one of its cells (tool.promotion, tool.constraint) or a node of the second dimension: the scheme "${scheme}" has directions, so a clause is coded at a cell, which only leaf tools have`,
    weight: "a positive number in plain decimal notation, e.g. 1 or 2.5 (empty means 1)",
    once: (line: number) => `each term and code once (row ${line} has it)`,
    cueOnLeaf: (scheme: string) => `cue words on leaf tools only: the scheme "${scheme}" has directions, and only leaf tools have cells to code a clause at`,
    someCues: "cue words (cues) on at least one tool or second-dimension node of the codebook, or a keyword list with --dictionary FILE.csv (term,code[,weight])",
    someTerms: "at least one term on a tool node (a dictionary without tool terms codes no clause at any tool)",
    variableOnce: (line: number) => `each header variable once (line ${line} sets it)`,
    region: (regions: readonly string[]) => `one of ${regions.join(", ")} (the economic regions of the kit's documents.csv)`,
    year: "a four-digit year",
    headerValue: "a non-empty value after the colon",
    scheme: "a codebook.json file (or a folder holding one), e.g. data/schemes/supply-demand-environment/codebook.json",
  },
  found: {
    columns: (columns: readonly string[]) => `columns ${columns.join(", ")}`,
    noCues: "no cue words on any node",
    noToolTerms: (terms: number) => `${terms} term(s), none on a tool node`,
    pair: (term: string, code: string) => `${term},${code}`,
    noCodebook: "a folder without codebook.json",
    noScheme: "no such file or folder",
  },
  cli: {
    textsOnly: (option: string) => `${option} applies to raw .txt texts coded by the dictionary; a project, segments CSV or dataset is already coded`,
  },
  /** Who coded: dataset.json's provenance and the .qdpx's origin. */
  coder: {
    paper: "toolmix dictionary (lib/coding/lexicon.json)",
    scheme: (scheme: string, source: string) => `toolmix scheme dictionary of "${scheme}" (${source})`,
    codebookCues: (file: string) => `cue words of ${file}`,
    csv: (file: string) => `keyword list ${file}, replacing the codebook's cue words`,
  },
  rule:
    "Generic scheme coder: clauses as the segmenter cuts them, body clauses only; cue terms matched literally (not inside 《…》 or “…”), the longer of overlapping terms of one dimension winning. " +
    "Tool: the tool node with the highest summed weight of its own and its ancestors' terms (ties: codebook order); with directions, the cell of the direction with the larger weight of that tool's terms (a tie: constraint; only undirected terms: promotion). " +
    "Second dimension: every node with a term in the clause, the most specific where a node and its descendant both appear. Offsets are Unicode code points.",
  origin: (scheme: string) => `toolmix scheme coder (${scheme})`,
  projectNote: (scheme: string, source: string, texts: number, segments: number, coded: number) =>
    `Coded by the toolmix scheme coder with the scheme "${scheme}" (${source}): ${texts} text(s), ${segments} segment(s), ${coded} with a tool.`,
  summaryDictionary: (what: string) => `Dictionary: ${what}`,
} as const;
