/**
 * Vector PDF of a rendered figure, the format LaTeX users and journals take: the SVG drawn onto one
 * PDF page of the same printed size (CSS px at 96 per inch, so 1 px = 0.75 pt), with the CJK font
 * embedded as a subset and mapped to Unicode, so the Chinese labels print on any machine and can be
 * selected, searched and copied (pdftotext reads 权威工具 back). Same SVG, same bytes: the document's
 * date is fixed (SOURCE_DATE_EPOCH, else 1970-01-01) and it carries no random identifier.
 *
 * The drawing is done by PDFKit (a maintained PDF writer with font subsetting through fontkit) and
 * SVG-to-PDFKit (SVG paths, text, gradients and transforms onto a PDFKit page); every text is set in
 * the kit's CJK font, the one the PNG renderer uses (./render.ts).
 *
 * Reference: ISO 32000-1:2008 §9.6–9.10 (embedded CIDFontType2 fonts, ToUnicode); CSS Values 4 §6.2 (1in = 96px = 72pt).
 *
 * @example
 * const pdf = await renderPdf(await renderSvg(spec), { title: "政策工具编码分布" });
 * Buffer.from(pdf.subarray(0, 5)).toString(); // "%PDF-"
 */
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { internal } from "../messages";
import { svgSize } from "./png-resolution";
import { cjkFont } from "./render";

/** The figure as a one-page PDF; `title` goes into the document information. */
export async function renderPdf(svg: string, options: { title?: string } = {}): Promise<Uint8Array> {
  const font = cjkFont();
  // The SVG's CSS size in points (1 px = 0.75 pt), unrounded: the page fits the drawing exactly.
  const css = svgSize(svg);
  const width = css.width * 0.75;
  const height = css.height * 0.75;
  if (!(width > 0 && height > 0)) throw new RangeError(internal.svgWithoutSize);
  // PDFKit would stamp the time it was made; a figure's bytes must depend on its data only, so the
  // date is the reproducible-builds SOURCE_DATE_EPOCH when set, else the epoch (1970-01-01: no date).
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = new Date(Number.isInteger(epoch) && epoch >= 0 ? epoch * 1000 : 0);
  const doc = new PDFDocument({ size: [width, height], margin: 0, autoFirstPage: true, info: { Title: options.title ?? "", Creator: "toolmix", Producer: "toolmix (PDFKit)", CreationDate: date, ModDate: date } });
  doc.registerFont("cjk", font.file, font.face);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  SVGtoPDF(doc, svg, 0, 0, { width, height, preserveAspectRatio: "xMinYMin meet", fontCallback: () => "cjk" });
  doc.end();
  return done;
}
