/** pdfmake ships no types; render-pdf.ts gives its Node entry the shape of `PdfmakeNode`. */
declare module 'pdfmake';
