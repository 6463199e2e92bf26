// The part of fontkit 2 (installed with PDFKit) that lib/charts/text-boxes.ts uses; declared here
// for the reason lib/charts/pdfkit.d.ts gives.
declare module "fontkit" {
  interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string, postscriptName?: string): Font;
}
