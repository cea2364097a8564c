import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { pageGuard } from "@/app/_auth/guard";
import { getDb } from "@/db/client";
import { getOrganisation } from "@/lib/accounts";
import { currentGrid } from "@/lib/grid/current";
import { defaultFlags } from "@/lib/grid/profile";
import { ServiceForm } from "../ServiceForm";
import { Refusal } from "@/app/_components/Refusal";

export const metadata: Metadata = { title: "Créer un service" };

export default async function NouveauServicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = z.string().min(1).max(100).safeParse((await searchParams).organisation);
  if (!parsed.success) notFound();
  const guard = await pageGuard("service.create", { type: "organisation", id: parsed.data }, `/mes-services/nouveau?organisation=${parsed.data}`);
  if ("forbidden" in guard) return <Refusal message={guard.forbidden} />;
  const org = await getOrganisation(getDb(), parsed.data);
  if (!org) notFound();
  const grid = currentGrid();
  return (
    <>
      <h1>Créer un service</h1>
      <p>Pour l&apos;organisation {org.name}. Le profil décide des critères de la grille {grid.version} qui s&apos;appliquent ; vous pourrez le modifier ensuite.</p>
      <ServiceForm
        mode="create"
        organisationId={org.id}
        initial={{ name: "", description: "", url: "", category: "outil-pedagogique", flags: defaultFlags() }}
        criteria={grid.criteria.map((c) => ({ id: c.id, title: c.title, applicabilite: c.applicabilite }))}
      />
    </>
  );
}
