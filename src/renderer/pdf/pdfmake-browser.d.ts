/** pdfmake's browser build ships no types; load-browser-pdfmake.ts gives it the `PdfmakeApi` shape. */
declare module 'pdfmake/build/pdfmake.js';
