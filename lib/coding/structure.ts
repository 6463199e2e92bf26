/**
 * What a line or clause of a Chinese policy document is, structurally: a heading, the document's
 * title, its number, issuer, date, addressees, a bracketed note, or body text; and the numbering
 * marker it starts with (第三条, 一、, （二）, 1., ①, 一是), which the coder strips before coding.
 * Nothing here carries a policy instrument except body text.
 *
 * Rules, in order (the first that applies):
 *  - meta line of a web page: 名称:/发布机构:/文号:/来源:/发布时间: … → "note";
 *  - a whole bracketed remark without a full stop, （此件公开发布）, （征求意见稿） → "note";
 *  - a date, 2024年7月21日 → "date";
 *  - a document number, 深规划资源规〔2026〕1号, without a sentence → "docnumber";
 *  - no sentence punctuation and starting with 关于, or ending in a document type (办法, 意见,
 *    通知, 细则 … optionally followed by brackets such as （试行）) → "title";
 *  - no punctuation and ending in an organisation (人民政府, 办公厅, 局 …) → "issuer";
 *  - ending with a colon and naming units (各区人民政府, …单位:) without a modal verb → "addressee";
 *  - a chapter or section marker (第二章, 一、) with a short body without a sentence inside,
 *    an article marker with only a caption (第一条 目的, 第一条（产业用地政策含义）), or an item
 *    marker with a short body without commas (（一）优化工业用地布局。) → "heading";
 *  - else "body".
 *
 * Reference: the layout of the normative documents in tests/fixtures/coding/m0-clauses.csv
 * (GB/T 9704-2012, 党政机关公文格式: 发文字号, 主送机关, 标题, 成文日期; 层次序数 一、（一）1.（1）).
 *
 * @example
 * structureOf("第四条 市规划和自然资源主管部门负责…").marker; // "第四条 "
 * structureOf("（一）优化工业用地布局。").kind;               // "heading"
 * structureOf("深圳市工业用地使用权转让办法").kind;             // "title"
 */

/** Structural kinds; only "body" can carry an instrument. */
export type StructureKind = "heading" | "title" | "docnumber" | "issuer" | "date" | "addressee" | "note" | "body";

/** Numbering families (GB/T 9704 层次序数 and the article numbering of regulations). */
export type MarkerFamily = "chapter" | "article" | "section" | "paren" | "paren-arabic" | "arabic" | "circled" | "shi";

/** A line's structure: kind, its leading marker (stripped before coding) and the body after it. */
export interface Structure {
  kind: StructureKind;
  /** The leading numbering marker with its trailing spaces, "" when none. */
  marker: string;
  family: MarkerFamily | null;
  /** The text after the marker. */
  body: string;
}

const CN = "一二三四五六七八九十百零〇两";
const MARKERS: readonly [MarkerFamily, RegExp][] = [
  ["chapter", new RegExp(`^第[${CN}\\d]+[章节编]\\s*`)],
  ["article", new RegExp(`^第[${CN}\\d]+条\\s*`)],
  ["section", new RegExp(`^[${CN}]+[、．.]\\s*`)],
  ["paren", new RegExp(`^[(（][${CN}]+[)）]\\s*`)],
  ["paren-arabic", /^[(（]\d{1,2}[)）]\s*/],
  ["arabic", /^\d{1,2}[.．、](?!\d)\s*/],
  ["circled", /^[①-⑳]\s*/],
  ["shi", new RegExp(`^[${CN}]是`)],
];

const DOC_TYPES = "通知|办法|意见|细则|规定|指引|方案|措施|条例|机制|决定|规划|纲要|通告|公告|批复|函|规则|标准|意见稿|政策|导则|指南";
const TITLE_END = new RegExp(`(${DOC_TYPES})([(（][^()（）]*[)）])*$`);
const ORG_END = /(人民政府|办公厅|办公室|局|委员会|管委会|管理委员会|委|中心|厅|部|常务委员会)$/;
const SENTENCE_PUNCT = /[，,。；;：:！!？?]/;
const META = /^(名\s*称|发布机构|发布日期|文\s*号|索引号|来\s*源|发布时间|成文日期|主题分类)\s*[:：]/;
const DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const DOCNUMBER = /[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号/;
const ADDRESSEE_END = /(人民政府|单位|部门|机构|委员会|管委会|委|局|院校|街道办事处|办事处)[:：]$/;

/** The leading marker of a text and its family. */
export function markerOf(text: string): { marker: string; family: MarkerFamily | null } {
  for (const [family, re] of MARKERS) {
    const m = re.exec(text);
    if (m) return { marker: m[0], family };
  }
  return { marker: "", family: null };
}

/** Words that make a sentence a norm; item titles do not use them. */
const NORM_WORDS = /不得|严禁|禁止|不允许|不低于|不超过|不高于|不少于|控制在|应当|必须/;

function isHeading(family: MarkerFamily | null, body: string): boolean {
  if (family === null) return false;
  const core = body.replace(/[。.]$/, "");
  if (family === "chapter") return core.length <= 40 && !SENTENCE_PUNCT.test(core.replace(/[,，、]/g, ""));
  // A section title may carry a comma (一、统筹工业用地,确保稳中有增) but no full sentence; a
  // section run into its first item title (一、加强规划建设管理(一)发挥规划的控制作用。) still is one.
  // One that is a full sentence with a comma and a final 。 (二、减免企业所得税，并提供贷款贴息。) is a clause.
  // So is one that states a norm and ends in a full stop (二、宗地分割以后不得改变功能和土地用途。).
  if (family === "section") return core.length <= 40 && !/[。；;：:]/.test(core) && !((/[，,]/.test(core) || NORM_WORDS.test(core)) && /[。；;]$/.test(body));
  // An article caption (第一条 目的) has no full stop; a short article that ends in one (第二条 鼓励企业提容增效。) is a clause.
  if (family === "article") return core.length === 0 || /^[(（][^()（）]{1,20}[)）]$/.test(core) || (core.length <= 8 && !SENTENCE_PUNCT.test(core) && !/[。]$/.test(body));
  if (family === "shi") return false;
  // A short item that states a norm (（一）容积率不低于三点零。) is a clause, not an item title.
  if (NORM_WORDS.test(core)) return false;
  return core.length <= 24 && !/[，,；;：:]/.test(core) && !/[；;]$/.test(body);
}

/**
 * The structure of one line or clause (already trimmed).
 *
 * @example
 * structureOf("2024年7月21日").kind;           // "date"
 * structureOf("各区人民政府,市各有关单位:").kind; // "addressee"
 */
export function structureOf(text: string): Structure {
  const { marker, family } = markerOf(text);
  const body = text.slice(marker.length);
  const out = (kind: StructureKind): Structure => ({ kind, marker, family, body });
  const compact = text.replace(/[\s\u3000]+/g, "");
  if (META.test(text)) return out("note");
  if (/^[(（][^()（）]*[)）]$/.test(compact) && !/[。]/.test(compact)) return out(DOCNUMBER.test(compact) ? "docnumber" : "note");
  if (DATE.test(text)) return out("date");
  if (DOCNUMBER.test(compact) && !/[。]/.test(compact) && !/^(根据|依据|按照|为)/.test(compact) && (compact.length <= 40 || TITLE_END.test(compact))) {
    return out(TITLE_END.test(compact) ? "title" : "docnumber");
  }
  if (!SENTENCE_PUNCT.test(compact) && family === null && (compact.startsWith("关于") || TITLE_END.test(compact) || /^《[^》]+》$/.test(compact))) return out("title");
  if (!SENTENCE_PUNCT.test(compact) && family === null && compact.length <= 40 && ORG_END.test(compact)) return out("issuer");
  if (ADDRESSEE_END.test(compact) && !/(应|须|要|以下|下列|如下)/.test(compact)) return out("addressee");
  if (isHeading(family, body)) return out("heading");
  return out("body");
}
