/**
 * Loads what a school compliance report is made of from the database: the school, its
 * overview (the same rows as its page), its département and the ENT projects that cover it.
 * The caller has checked "school.read-private" with lib/authz first.
 */
import type { Db } from "@/db/client";
import { currentGrid } from "../grid/current";
import { getSchool, schoolOverview } from "../schools/store";
import { deadlineText, getDeadline } from "../settings";
import { getDepartement, listProjetsForDepartement } from "../territory";
import type { SchoolReportSource } from "./school-data";

/** null when the school does not exist. */
export async function schoolReportSource(db: Db, uai: string, options: { baseUrl: string; generatedAt?: Date }): Promise<SchoolReportSource | null> {
  const school = await getSchool(db, uai);
  if (!school) return null;
  const grid = currentGrid();
  const generatedAt = options.generatedAt ?? new Date();
  const code = school.departementCode;
  const [rows, deadline, departement, projets] = await Promise.all([
    schoolOverview(db, uai, { currentGridVersion: grid.version, now: generatedAt }),
    getDeadline(db),
    code ? getDepartement(db, code) : null,
    code ? listProjetsForDepartement(db, code) : [],
  ]);
  return {
    school: { uai: school.uai, name: school.name, kind: school.kind, isPublic: school.isPublic, communeName: school.communeName, communeCode: school.communeCode, isDemo: school.isDemo },
    departement,
    projets,
    rows,
    axes: grid.axes.map((a) => ({ id: a.id, label: a.label })),
    currentGridVersion: grid.version,
    deadline: deadlineText(deadline),
    generatedAt,
    baseUrl: options.baseUrl,
  };
}
