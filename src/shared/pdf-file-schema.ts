/**
 * Checks for PDF bytes and file names crossing from the renderer to the main process. Kept apart
 * from ./pdf-file, whose plain functions the web build's download uses, so that needs no zod.
 */
import { z } from 'zod';
import { pdfBytesProblem, safePdfFileName } from './pdf-file';

export const pdfBytesSchema = z.instanceof(Uint8Array).superRefine((bytes, ctx) => {
  const problem = pdfBytesProblem(bytes);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const pdfFileNameSchema = z.string().max(1000).transform(safePdfFileName);
