/**
 * Clauses that belong to the genre of a Chinese normative document rather than to its policy:
 * the purpose-and-basis formula that opens it (为…，根据…，制定本办法 / 特提出本意见 / 现就…提出如下意见)
 * and the transmittal formula of a cover notice (现予印发, 印发给你们, 请认真贯彻执行). They name
 * aims and fields, so a dictionary finds cue words in them (为深入贯彻…发挥算力基础设施优势…), but
 * they carry no instrument in any coding scheme; hand coders leave them uncoded (the "purpose"
 * clauses of tests/fixtures/coding/m0-clauses.csv).
 *
 * The patterns are the lexicon's own (lib/coding/lexicon.json, roles "purpose" and "transmittal"),
 * so the paper's coder and the scheme coder read the genre alike.
 *
 * Reference: GB/T 9704-2012 (党政机关公文格式); ./classify.ts step 2.
 *
 * @example
 * genreRole("为加快发展人工智能产业，结合本省实际，特提出本实施意见。"); // "purpose"
 * genreRole("设立专项资金支持企业研发。");                               // null
 */
import { defaultLexicon } from "./lexicon";

/** The genre roles that no cue overrides. */
export type GenreRole = "purpose" | "transmittal";

const GENRE: readonly GenreRole[] = ["purpose", "transmittal"];

/** The genre role of a clause body (after its numbering marker), or null when it is policy text. */
export function genreRole(body: string): GenreRole | null {
  for (const role of defaultLexicon().roles) {
    if (!(GENRE as readonly string[]).includes(role.role)) continue;
    if (role.patterns.some((p) => p.test(body))) return role.role as GenreRole;
  }
  return null;
}
