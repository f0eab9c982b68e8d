// pdfjs-dist ships no types for its worker module; nds only imports it for its side effect
// (globalThis.pdfjsWorker), see pdfjs.ts.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
