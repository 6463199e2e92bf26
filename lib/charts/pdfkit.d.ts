// The part of PDFKit 0.20 that lib/charts/pdf.ts uses. Declared here rather than taken from
// @types/pdfkit: tslab type-checks every installed @types package with its own TypeScript 5.0, and
// @types/pdfkit's current release does not compile there (every notebook cell then failed).
declare module "pdfkit" {
  interface PDFDocumentOptions {
    size?: [number, number];
    margin?: number;
    autoFirstPage?: boolean;
    info?: { Title?: string; Creator?: string; Producer?: string; CreationDate?: Date; ModDate?: Date };
  }
  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    registerFont(name: string, src: string, family?: string): this;
    on(event: "data", listener: (chunk: Buffer) => void): this;
    on(event: "end", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
    end(): void;
  }
  export = PDFDocument;
}
