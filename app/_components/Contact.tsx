import { connection } from "next/server";
import { contactEmail } from "@/lib/config";

/** The contact address (CONTACT_EMAIL, read at request time) as a mailto: link. Server component. */
export async function ContactLink({ subject }: { subject?: string }) {
  await connection();
  const email = contactEmail();
  const href = `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ""}`;
  return <a href={href}>{email}</a>;
}
