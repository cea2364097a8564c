import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { countSchoolsByDepartement, findGroup, groupSlugSchema, listDepartementsCached, listProjetsForDepartements } from "@/lib/territory";
import { GroupView, groupTitle } from "../../_components/GroupView";

type Params = Promise<{ slug: string }>;

async function load(params: Params) {
  const parsed = groupSlugSchema.safeParse((await params).slug);
  if (!parsed.success) return null;
  const db = getDb();
  const group = findGroup(await listDepartementsCached(db), "region-academique", parsed.data);
  return group ? { db, group } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const found = await load(params);
  if (!found) notFound();
  return { title: `${groupTitle(found.group)} — Territoires` };
}

export default async function RegionAcademiquePage({ params }: { params: Params }) {
  await connection();
  const found = await load(params);
  if (!found) notFound();
  const codes = found.group.rows.map((r) => r.code);
  const [projets, schoolCounts] = await Promise.all([listProjetsForDepartements(found.db, codes), countSchoolsByDepartement(found.db, codes)]);
  return <GroupView group={found.group} projets={projets} schoolCounts={schoolCounts} />;
}
