/** The part of pdf.js's standalone image decoders the logo check uses (the package ships no types for it). */
declare module 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs' {
  export class JpegImage {
    width: number;
    height: number;
    parse(data: Uint8Array): void;
    getData(opts: { width: number; height: number; forceRGB?: boolean; isSourcePDF?: boolean }): Uint8Array;
  }
}
