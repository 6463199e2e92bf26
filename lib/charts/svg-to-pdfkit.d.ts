// svg-to-pdfkit 0.1.8 ships no types: the one call lib/charts/pdf.ts makes.
declare module "svg-to-pdfkit" {
  import type PDFDocument from "pdfkit";
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (message: string) => void;
  }
  function SVGtoPDF(doc: PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
  export = SVGtoPDF;
}
