/**
 * What the report route handlers share: parameter schemas (zod, French messages) and the
 * responses (the PDF, or a refusal in French). Uses the standard Response only: nothing from next.
 */
import { z } from "zod";
import { contentDisposition } from "./text";

export const serviceIdParamSchema = z
  .string()
  .min(1, { error: "Identifiant de service manquant." })
  .max(100, { error: "Identifiant de service trop long." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Identifiant de service invalide : lettres, chiffres, tirets et soulignés seulement." });

export const publicationNumberParamSchema = z
  .string()
  .regex(/^\d{1,9}$/, { error: "Numéro de publication invalide : un nombre entier positif est attendu." })
  .transform(Number)
  .refine((n) => n >= 1, { error: "Numéro de publication invalide : les publications sont numérotées à partir de 1." });

/** A refusal or an error, as plain French text (the link opened a download: there is no page around it). */
export function reportError(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

export function invalidParams(error: z.ZodError): Response {
  return reportError(400, error.issues.map((i) => i.message).join(" "));
}

/** The PDF as a download. Drafts are private: never stored by a shared cache. */
export function pdfResponse(pdf: Buffer, fileName: string, options: { private: boolean; renderMs?: number }): Response {
  const headers: Record<string, string> = {
    "content-type": "application/pdf",
    "content-disposition": contentDisposition(fileName),
    "content-length": String(pdf.length),
    "cache-control": options.private ? "private, no-store" : "public, max-age=0, must-revalidate",
    "x-content-type-options": "nosniff",
  };
  if (options.renderMs !== undefined) headers["server-timing"] = `pdf;dur=${options.renderMs.toFixed(0)}`;
  return new Response(new Uint8Array(pdf), { headers });
}
