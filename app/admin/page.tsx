import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/authz";
import { listPendingClaims } from "@/lib/accounts";
import { latestAuditEvents } from "@/lib/audit";
import { pageGuard } from "@/app/_auth/guard";
import { ActionForm } from "@/app/_auth/ActionForm";
import { TableFrame } from "@/app/_components/TableFrame";
import { Refusal } from "@/app/_components/Refusal";
import { decideClaimAction } from "./actions";

export const metadata: Metadata = { title: "Administration" };

const dateTimeFr = (d: Date) => formatDateTime(d, { seconds: true });

export default async function AdminPage() {
  const g = await pageGuard("admin.claims", null, "/admin");
  if ("forbidden" in g) {
    return <Refusal title="Administration : accès refusé" message={g.forbidden} />;
  }
  const db = getDb();
  const claims = await listPendingClaims(db);
  const events = can(g.actor, "admin.audit", null).allowed ? await latestAuditEvents(db, 50) : [];
  return (
    <>
      <h1>Administration</h1>
      <section aria-labelledby="titre-demandes" className="fr-mb-6w">
        <h2 id="titre-demandes">Demandes de rattachement à un établissement</h2>
        {claims.length === 0 ? (
          <p>Aucune demande en attente.</p>
        ) : (
          <TableFrame caption="Demandes en attente" hideCaption stack bordered>
              <thead>
                <tr>
                  <th scope="col">Demandeur</th>
                  <th scope="col">Établissement</th>
                  <th scope="col">Message</th>
                  <th scope="col">Date</th>
                  <th scope="col">Décision</th>
                </tr>
              </thead>
              <tbody>
                {claims.map((c) => (
                  <tr key={c.id}>
                    <td data-label="Demandeur">
                      {c.userName ?? "—"}
                      <br />
                      {c.userEmail}
                    </td>
                    <td data-label="Établissement">
                      {c.uai}
                      <br />
                      {c.knownSchool ?? c.schoolName ?? "établissement absent de l'annuaire"}
                    </td>
                    <td data-label="Message">{c.message ?? "—"}</td>
                    <td data-label="Date">{dateTimeFr(c.createdAt)}</td>
                    <td>
                      <ActionForm action={decideClaimAction} fields={{ claimId: c.id, decision: "approved" }} label="Valider" title={`Valider la demande de ${c.userName ?? c.userEmail} pour ${c.uai}`} priority="primary" />
                      <ActionForm action={decideClaimAction} fields={{ claimId: c.id, decision: "rejected" }} label="Refuser" title={`Refuser la demande de ${c.userName ?? c.userEmail} pour ${c.uai}`} priority="tertiary" />
                    </td>
                  </tr>
                ))}
              </tbody>
          </TableFrame>
        )}
      </section>
      <section aria-labelledby="titre-journal">
        <h2 id="titre-journal">Journal d&apos;audit (50 derniers événements)</h2>
        <TableFrame caption="Derniers événements" hideCaption label="Journal d'audit" bordered>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Action</th>
                <th scope="col">Auteur</th>
                <th scope="col">Objet</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{dateTimeFr(e.at)}</td>
                  <td>{e.action}</td>
                  <td>{e.actorName ?? e.actorEmail ?? "—"}</td>
                  <td>{[e.subjectType, e.subjectId, e.uai].filter(Boolean).join(" ") || "—"}</td>
                </tr>
              ))}
            </tbody>
        </TableFrame>
      </section>
    </>
  );
}
