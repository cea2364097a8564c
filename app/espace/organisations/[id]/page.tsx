import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/authz";
import { getOrganisation, listMembers, listPendingInvitations } from "@/lib/accounts";
import { listOrganisationServices } from "@/lib/assessment/store";
import { pageGuard } from "@/app/_auth/guard";
import { ActionForm } from "@/app/_auth/ActionForm";
import { TableFrame } from "@/app/_components/TableFrame";
import { Refusal } from "@/app/_components/Refusal";
import { InviteForm } from "./InviteForm";
import { changeRoleAction, removeMemberAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Organisation" };

const ROLE = { owner: "Propriétaire", member: "Membre" } as Record<string, string>;
const dateFr = formatDate;

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id.length > 100) notFound();
  const g = await pageGuard("organisation.read", { type: "organisation", id }, `/espace/organisations/${id}`);
  if ("forbidden" in g) return <Refusal message={g.forbidden} />;
  const { actor } = g;
  const db = getDb();
  const org = await getOrganisation(db, id);
  if (!org) notFound();
  const manage = can(actor, "organisation.members.manage", { type: "organisation", id }).allowed;
  const [members, pending, svc] = await Promise.all([
    listMembers(db, id),
    manage ? listPendingInvitations(db, id) : Promise.resolve([]),
    listOrganisationServices(db, id),
  ]);
  return (
    <>
      <p className="fr-mb-1w">
        <Link href="/espace">Mon espace</Link>
      </p>
      <h1>{org.name}</h1>
      <p>SIREN {org.siren}</p>

      <section aria-labelledby="titre-services" className="fr-mb-6w">
        <h2 id="titre-services">Services</h2>
        {svc.length === 0 ? (
          <p>Aucun service pour le moment.</p>
        ) : (
          <ul>
            {svc.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-membres" className="fr-mb-6w">
        <h2 id="titre-membres">Membres</h2>
        <TableFrame caption="Membres de l'organisation" hideCaption stack bordered>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Adresse électronique</th>
                <th scope="col">Rôle</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const self = m.userId === actor.id;
                const other = m.role === "owner" ? "member" : "owner";
                return (
                  <tr key={m.userId}>
                    <td data-label="Nom">{m.name ?? "—"}</td>
                    <td data-label="Adresse électronique">{m.email}</td>
                    <td data-label="Rôle">{ROLE[m.role] ?? m.role}</td>
                    <td>
                      {manage && (
                        <ActionForm
                          action={changeRoleAction}
                          fields={{ organisationId: id, userId: m.userId, role: other }}
                          label={other === "owner" ? "Nommer propriétaire" : "Passer membre"}
                          title={`${other === "owner" ? "Nommer propriétaire" : "Passer membre"} : ${m.name ?? m.email}`}
                        />
                      )}
                      {(manage || self) && (
                        <ActionForm
                          action={removeMemberAction}
                          fields={{ organisationId: id, userId: m.userId }}
                          label={self ? "Quitter l'organisation" : "Retirer"}
                          title={self ? "Quitter l'organisation" : `Retirer ${m.name ?? m.email}`}
                          priority="tertiary"
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
        </TableFrame>
      </section>

      {manage && (
        <section aria-labelledby="titre-inviter">
          <h2 id="titre-inviter">Inviter une personne</h2>
          <InviteForm organisationId={id} />
          {pending.length > 0 && (
            <>
              <h3 className="fr-h5 fr-mt-4w">Invitations en attente</h3>
              <ul>
                {pending.map((inv) => (
                  <li key={inv.id} className="fr-mb-2w">
                    {inv.email} — {ROLE[inv.role] ?? inv.role} — expire le {dateFr(inv.expiresAt)}
                    <ActionForm action={revokeInvitationAction} fields={{ organisationId: id, invitationId: inv.id }} label="Annuler" title={`Annuler l'invitation de ${inv.email}`} priority="tertiary" />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
