/**
 * The académie and région académique pages: the same page for two kinds of group of départements.
 * Each route file only says which kind it serves.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { countSchoolsByDepartement, findGroup, groupSlugSchema, listDepartementsCached, listProjetsForDepartements } from "@/lib/territory";
import { GroupView, groupTitle } from "./GroupView";

type Params = Promise<{ slug: string }>;
type GroupKind = Parameters<typeof findGroup>[1];

export function groupPage(kind: GroupKind) {
  async function load(params: Params) {
    const parsed = groupSlugSchema.safeParse((await params).slug);
    if (!parsed.success) return null;
    const db = getDb();
    const group = findGroup(await listDepartementsCached(db), kind, parsed.data);
    return group ? { db, group } : null;
  }

  async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    await connection();
    const found = await load(params);
    if (!found) notFound();
    return { title: `${groupTitle(found.group)} — Territoires` };
  }

  async function Page({ params }: { params: Params }) {
    await connection();
    const found = await load(params);
    if (!found) notFound();
    const codes = found.group.rows.map((r) => r.code);
    const [projets, schoolCounts] = await Promise.all([listProjetsForDepartements(found.db, codes), countSchoolsByDepartement(found.db, codes)]);
    return <GroupView group={found.group} projets={projets} schoolCounts={schoolCounts} />;
  }

  return { generateMetadata, Page };
}
