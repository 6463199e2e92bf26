/**
 * The header of a text file to code: lines that describe the document rather than belong to it.
 * The header is the longest run of lines at the top of the text in which every line is
 *  - among the first `skipLines` lines (`--skip-lines N`: boilerplate of a web page, a file's own
 *    notes), or
 *  - a metadata line, starting with `#` (or the full-width `＃`, after optional spaces), or
 *  - blank.
 * Nothing in the header is coded; offsets of codings stay offsets into the whole text, because
 * the text is segmented whole and only the header's segments are left out. A metadata line of the
 * form `# key: value` (either colon; a key without spaces) sets a variable of the document
 * (region, city, year, province, title, or any other; lib/coding/text-files.ts checks the ones the
 * kit reads); any other `#` line is a comment.
 *
 * Lines are counted as the segmenter counts them (\r\n, \r and \n each end a line), so "line k"
 * means the same here and in a segment's `line`. Finding the header costs the header's length
 * only: a 400 000-character text without line breaks and without `#` is one look at its start.
 *
 * Reference: ./segment.ts (line numbering).
 *
 * @example
 * const h = readHeader("# region: east\n# year: 2021\n第一条 鼓励企业研发。", 0);
 * h.lines;                          // 2
 * h.variables.map((v) => v.key);    // ["region", "year"]
 * readHeader("来源：某网站\n正文。", 1).lines; // 1
 */

/** A `# key: value` line of a header. */
export interface HeaderVariable {
  key: string;
  value: string;
  /** 1-based line of the text. */
  line: number;
}

/** The header of a text. */
export interface TextHeader {
  /** How many lines at the top are not coded (0: none). */
  lines: number;
  variables: HeaderVariable[];
}

const META = /^[ \t\u3000]*[#＃]/;
const VARIABLE = /^[ \t\u3000]*[#＃][ \t\u3000]*([^\s:：#＃]+)[ \t\u3000]*[:：][ \t\u3000]*(.*?)[ \t\u3000]*$/;
const BLANK = /^[\s\u3000]*$/;

/**
 * The header of `text` with the first `skipLines` lines always in it.
 *
 * @example
 * readHeader("正文第一句。", 0); // { lines: 0, variables: [] }
 */
export function readHeader(text: string, skipLines = 0): TextHeader {
  const variables: HeaderVariable[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lines = 0;
  let start = 0;
  for (let lineNo = 1; start <= text.length; lineNo++) {
    const m = lineBreak.exec(text);
    const end = m === null ? text.length : m.index;
    const line = text.slice(start, end);
    const skipped = lineNo <= skipLines;
    const meta = META.test(line);
    if (!skipped && !meta && !BLANK.test(line)) break;
    lines = lineNo;
    const v = meta ? VARIABLE.exec(line) : null;
    if (v) variables.push({ key: v[1], value: v[2], line: lineNo });
    if (m === null) break;
    start = m.index + m[0].length;
  }
  // Trailing blank lines of the header do not matter (nothing to code), but a file of only blank
  // lines after its header reports them as header, which codes the same: nothing.
  return { lines, variables };
}

/**
 * The first non-empty line after the header (the document's title by the kit's convention), or
 * undefined when the text has none.
 *
 * @example
 * firstBodyLine("# year: 2020\n\n杭州市若干政策\n第一条 …", 0); // "杭州市若干政策"
 */
export function firstBodyLine(text: string, skipLines = 0): string | undefined {
  const { lines } = readHeader(text, skipLines);
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let lineNo = 1; start <= text.length; lineNo++) {
    const m = lineBreak.exec(text);
    const end = m === null ? text.length : m.index;
    if (lineNo > lines) {
      const line = text.slice(start, end).trim();
      if (line !== "") return line;
    }
    if (m === null) return undefined;
    start = m.index + m[0].length;
  }
  return undefined;
}
