/**
 * A minimal Office Open XML workbook (.xlsx) for tables: one sheet per table, the first row bold
 * and frozen, text as inline strings (Chinese intact, UTF-8), numbers as numbers (so a spreadsheet
 * sums and sorts them), empty cells left out. No shared strings, styles beyond bold, or formulas:
 * a cell can never be read as a formula, since text is never written as one (a value such as
 * "=1+1" stays text). Text is escaped by the .qdpx writer's rules (../qda/xml-write.ts): a
 * character XML cannot carry is refused, not dropped. Same sheets, same bytes (a fixed time in the
 * zip, ../qda/zip.ts).
 *
 * Reference: ECMA-376 Part 1 (5th ed., 2016), §18.3.1 (worksheet, sheetData, c t="inlineStr" is),
 * §18.2 (workbook, sheets), §18.8 (styles: one bold font); Part 2 (Open Packaging Conventions).
 *
 * @example
 * writeFileSync("tables.xlsx", xlsxWorkbook([{ name: "表2 Table 2", rows: [["工具 tool", "参考点"], ["权威工具", 1449]] }]));
 */
import { escapeXml } from "../qda/xml-write";
import { readZip, writeZip } from "../qda/zip";
import { internal } from "../messages";

/** One sheet: a name (at most 31 characters, none of : \ / ? * [ ]) and its rows, the first a header. */
export interface Sheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

// The .qdpx writer's escaping: a character XML cannot carry is refused, never dropped silently.
const xml = (s: string) => escapeXml(s, true);
const enc = (s: string) => new TextEncoder().encode(s);
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet name Excel accepts: forbidden characters replaced, at most 31 characters, unique in the workbook. */
function sheetNames(sheets: readonly Sheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((s, i) => {
    let name = Array.from(s.name.replace(/[:\\/?*[\]]/g, " ").trim() || `Sheet${i + 1}`).slice(0, 31).join("");
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${Array.from(name).slice(0, 28).join("")} ${k}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function worksheet(sheet: Sheet): string {
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((value, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      const style = r === 0 ? ' s="1"' : "";
      if (value === null || value === "") return "";
      if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : "";
      return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  const freeze = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${HEAD}<worksheet xmlns="${MAIN}">${freeze}<sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const APPLICATION = "toolmix";

/** Whether .xlsx bytes are a workbook this module wrote (its docProps/app.xml names toolmix). */
export function isToolmixXlsx(bytes: Uint8Array): boolean {
  try {
    const app = readZip(bytes, "existing .xlsx").get("docProps/app.xml");
    return app !== undefined && new TextDecoder().decode(app).includes(`<Application>${APPLICATION}</Application>`);
  } catch {
    return false;
  }
}

/** The workbook's bytes. */
export function xlsxWorkbook(sheets: readonly Sheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError(internal.noSheets);
  const names = sheetNames(sheets);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": enc(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`),
    "_rels/.rels": enc(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`),
    // Says who wrote the file, so the kit replaces its own workbook without --force (isToolmixXlsx).
    "docProps/app.xml": enc(`${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${APPLICATION}</Application></Properties>`),
    "xl/workbook.xml": enc(`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": enc(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    "xl/styles.xml": enc(`${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = enc(worksheet(s))));
  return writeZip(files);
}
