/**
 * Theme cues: which nodes of the paper's theme tree (土地供应, 土地使用, 土地产权, 运营监管 and their
 * children) a clause speaks about. Terms match literally; of overlapping matches the longer wins
 * (分割转让比例 is the ratio, not also 分割转让 and 分割); nothing inside 《…》 or “…” counts; and a
 * node is dropped when one of its descendants is also found, so a clause is coded at the most
 * specific nodes, as NVivo coders code at leaves and let parents aggregate.
 *
 * Theme coding is offered, not validated: the hand-coded set (tests/fixtures/coding) codes tools
 * only, so theme cues have no measured agreement.
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
