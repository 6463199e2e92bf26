/**
 * Theme cues: which nodes of the paper's theme tree (土地供应, 土地使用, 土地产权, 运营监管 and their
 * children) a clause speaks about. Terms match literally; of overlapping matches the longer wins
 * (分割转让比例 is the ratio, not also 分割转让 and 分割); nothing inside 《…》 or “…” counts; and a
 * node is dropped when one of its descendants is also found, so a clause is coded at the most
 * specific nodes, as NVivo coders code at leaves and let parents aggregate.
 *
 * Theme coding is measured against hand codings of the four top-level themes (tests/fixtures/coding,
 * `npm run eval`); an instrument without a theme cue takes its predecessor's themes (themesInContext).
 *
 * Reference: data/paper-m0/codebook.json (theme tree from Tables 3–7 of the paper).
 *
 * @example
 * findThemes("分割转让的建筑面积不超过产业用房计容建筑面积的50%", defaultLexicon()).nodes;
 * // ["property_rights.subdivision.transfer_requirements", "land_use.land_indicators.planning_indicators"]
 */
import type { Lexicon } from "./lexicon";
import { insideSpans, keepDisjoint, quotedSpans } from "./match";

/** A theme term found in a text (UTF-16 offsets into it). */
export interface ThemeHit {
  node: string;
  term: string;
  start: number;
  end: number;
}

/**
 * The most specific theme nodes of a text, in order of first mention, with their hits.
 *
 * @example
 * findThemes("容积率原则上不低于3.0", defaultLexicon()).nodes; // ["land_use.development_management.development_intensity"]
 */
export function findThemes(text: string, lexicon: Lexicon): { nodes: string[]; hits: ThemeHit[] } {
  const quoted = quotedSpans(text);
  const raw: ThemeHit[] = [];
  for (const { node, term } of lexicon.themes) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (!insideSpans(at, end, quoted)) raw.push({ node, term, start: at, end });
    }
  }
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const hits = keepDisjoint(raw, text.length);
  hits.sort((a, b) => a.start - b.start);
  const found = [...new Set(hits.map((h) => h.node))];
  const nodes = found.filter((n) => !found.some((m) => m !== n && m.startsWith(`${n}.`)));
  return { nodes, hits };
}

/**
 * Themes read in context: a clause that carries an instrument but names no theme is about the theme
 * of the nearest clause before it (in the same document) that names one — an item of a list, or the
 * next sentence of a measure, continues its predecessor's subject, as a human coder reads it
 * (MANUAL.md, "reading each document whole"). On the development sets this raised κ for land use
 * and operation & supervision by about 0.03 (tests/fixtures/coding/README.md). Returns new arrays.
 *
 * @example
 * themesInContext([["land_supply"], []], [true, true]); // [["land_supply"], ["land_supply"]]
 */
export function themesInContext(own: readonly (readonly string[])[], instrument: readonly boolean[]): string[][] {
  let last: readonly string[] = [];
  return own.map((themes, i) => {
    if (themes.length > 0) {
      last = themes;
      return [...themes];
    }
    return instrument[i] ? [...last] : [];
  });
}
