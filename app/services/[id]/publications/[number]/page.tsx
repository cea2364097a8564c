import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { publicationByNumber } from "@/lib/assessment/catalogue";
import { getService } from "@/lib/assessment/store";
import { ArchivedNotice } from "@/app/_components/ArchivedNotice";
import { deadlineText, getDeadline } from "@/lib/settings";
import { PublicationView } from "@/app/_components/PublicationView";

export const metadata: Metadata = { title: "Publication" };

export default async function PublicationPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const n = z.coerce.number().int().min(1).safeParse(number);
  if (!n.success) notFound();
  const db = getDb();
  const [pub, service] = await Promise.all([publicationByNumber(db, id, n.data), getService(db, id)]);
  if (!pub) notFound();
  const grid = findGrid(pub.gridVersion) ?? currentGrid();
  return (
    <>
      <h1>
        {pub.snapshot.service.name} — publication n° {pub.number}
      </h1>
      {service?.archivedAt && <ArchivedNotice archivedAt={service.archivedAt} />}
      <p>
        <Link href={`/services/${id}`}>Voir la dernière publication</Link>
      </p>
      <PublicationView snapshot={pub.snapshot} grid={grid} number={pub.number} publishedAt={pub.publishedAt} deadline={deadlineText(await getDeadline(db))} />
    </>
  );
}
