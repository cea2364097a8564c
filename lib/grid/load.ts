/**
 * Grid loader: reads `criteria/<version>/*.yaml`, validates each file with the zod schemas of
 * `schema.ts`, checks the rules that span files, and returns a `Grid`.
 *
 * Every problem found is collected (not only the first one) and thrown at the end as a single
 * `GridValidationError`, one line per problem, each naming the file, the criterion and the field:
 *
 *   criteria/2025.1/securite.yaml, critère SEC-05, champ « niveaux » : il faut exactement 5 textes…
 *
 * The parsing core (`parseGrid`) is pure and works on in-memory texts; only `loadGrid` and
 * `loadAllGrids` touch the file system.
 */
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import {
  CRITERION_ID_PATTERN,
  axisFileSchema,
  criterionEntrySchema,
  gridErrorMap,
  gridMetaSchema,
  type Criterion,
  type Grid,
  type GridMeta,
} from "./schema";

/** Name of the meta file in a grid version folder; every other `.yaml`/`.yml` file is an axis. */
export const GRID_META_FILE = "grille.yaml";

export interface GridIssue {
  /** Path of the file, relative to the working directory when inside it. */
  file: string;
  criterionId?: string;
  /** Dotted path of the field inside the criterion (or inside the file), e.g. "niveaux.3". */
  field?: string;
  message: string;
}

export function formatGridIssue(issue: GridIssue): string {
  const parts = [issue.file];
  if (issue.criterionId) parts.push(`critère ${issue.criterionId}`);
  if (issue.field) parts.push(`champ « ${issue.field} »`);
  return `${parts.join(", ")} : ${issue.message}`;
}

export class GridValidationError extends Error {
  readonly issues: readonly GridIssue[];

  constructor(issues: readonly GridIssue[]) {
    const header = `Grille de positionnement invalide (${issues.length} problème${issues.length > 1 ? "s" : ""}) :`;
    super([header, ...issues.map((i) => `- ${formatGridIssue(i)}`)].join("\n"));
    this.name = "GridValidationError";
    this.issues = issues;
  }
}

/** An input file: a display path and its text. */
export interface GridSourceFile {
  file: string;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Readable path for messages: relative to the working directory when inside it, POSIX slashes. */
export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : absolute;
  return shown.split(path.sep).join("/");
}

function readYaml(source: GridSourceFile, issues: GridIssue[]): unknown {
  // `uniqueKeys` (default true) makes a duplicated key an error instead of a silent overwrite.
  const doc = parseDocument(source.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const where = error.linePos?.[0] ? ` (ligne ${error.linePos[0].line}, colonne ${error.linePos[0].col})` : "";
      issues.push({ file: source.file, message: `YAML illisible${where} : ${error.message.split("\n")[0]}` });
    }
    return undefined;
  }
  return doc.toJS();
}

function pushZodIssues(
  error: z.ZodError,
  base: Omit<GridIssue, "message" | "field">,
  issues: GridIssue[],
  prefix: PropertyKey[] = [],
): void {
  for (const issue of error.issues) {
    let fieldPath: PropertyKey[] = [...prefix, ...issue.path];
    // For an unknown key, name the key itself rather than its parent.
    if (issue.code === "unrecognized_keys" && issue.keys.length === 1) fieldPath = [...fieldPath, issue.keys[0]!];
    const field = fieldPath.map(String).join(".");
    issues.push({ ...base, field: field || undefined, message: issue.message });
  }
}

function idNumber(id: string): number {
  const match = CRITERION_ID_PATTERN.exec(id);
  return match ? Number(match[2]) : Number.POSITIVE_INFINITY;
}

/** Compare two version ids ("2025.1" < "2025.2" < "2025.10" < "2026.1"). */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, ar = 0] = a.split(".").map(Number);
  const [by = 0, br = 0] = b.split(".").map(Number);
  return ay - by || ar - br || a.localeCompare(b);
}

// ---------------------------------------------------------------------------------------------
// Pure core
// ---------------------------------------------------------------------------------------------

/**
 * Validate and assemble a grid from the texts of its meta file and its axis files.
 * Throws `GridValidationError` listing every problem found.
 */
export function parseGrid(meta: GridSourceFile, axisFiles: readonly GridSourceFile[]): Grid {
  const issues: GridIssue[] = [];

  // 1. Meta file.
  let gridMeta: GridMeta | undefined;
  const metaRaw = readYaml(meta, issues);
  if (metaRaw !== undefined) {
    const parsed = gridMetaSchema.safeParse(metaRaw, { error: gridErrorMap });
    if (parsed.success) gridMeta = parsed.data;
    else pushZodIssues(parsed.error, { file: meta.file }, issues);
  }

  if (gridMeta) {
    const axisIds = new Set<string>();
    gridMeta.axes.forEach((axis, i) => {
      if (axisIds.has(axis.id)) {
        issues.push({ file: meta.file, field: `axes.${i}.id`, message: `l'axe ${axis.id} est déclaré deux fois` });
      }
      axisIds.add(axis.id);
      const themeIds = new Set<string>();
      axis.themes.forEach((theme, j) => {
        if (themeIds.has(theme.id)) {
          issues.push({
            file: meta.file,
            field: `axes.${i}.themes.${j}.id`,
            message: `le thème « ${theme.id} » est déclaré deux fois dans l'axe ${axis.id}`,
          });
        }
        themeIds.add(theme.id);
      });
    });
  }

  // 2. Axis files, each criterion validated on its own so that errors can name it.
  const criteria: Criterion[] = [];
  const firstSeen = new Map<string, string>(); // criterion id -> file
  const axisFileOf = new Map<string, string>(); // axis id -> file

  for (const source of axisFiles) {
    const raw = readYaml(source, issues);
    if (raw === undefined) continue;
    const frame = axisFileSchema.safeParse(raw, { error: gridErrorMap });
    if (!frame.success) {
      pushZodIssues(frame.error, { file: source.file }, issues);
      continue;
    }
    const { axis, criteria: entries } = frame.data;

    const otherFile = axisFileOf.get(axis);
    if (otherFile) {
      issues.push({
        file: source.file,
        field: "axis",
        message: `l'axe ${axis} est déjà décrit dans ${otherFile} : un seul fichier par axe`,
      });
    }
    axisFileOf.set(axis, source.file);

    const axisMeta = gridMeta?.axes.find((a) => a.id === axis);
    if (gridMeta && !axisMeta) {
      issues.push({
        file: source.file,
        field: "axis",
        message: `l'axe ${axis} n'est pas déclaré dans ${meta.file} (axes déclarés : ${gridMeta.axes.map((a) => a.id).join(", ")})`,
      });
    }

    entries.forEach((entry, index) => {
      const rawId =
        entry && typeof entry === "object" && typeof (entry as { id?: unknown }).id === "string"
          ? (entry as { id: string }).id
          : undefined;
      const criterionId = rawId ?? `n° ${index + 1} (sans identifiant)`;
      const base = { file: source.file, criterionId };

      const parsed = criterionEntrySchema.safeParse(entry, { error: gridErrorMap });
      if (!parsed.success) {
        pushZodIssues(parsed.error, base, issues);
        return;
      }
      const c = parsed.data;

      const previous = firstSeen.get(c.id);
      if (previous) {
        issues.push({ ...base, field: "id", message: `identifiant en double (déjà utilisé dans ${previous})` });
        return;
      }
      firstSeen.set(c.id, source.file);

      const prefix = CRITERION_ID_PATTERN.exec(c.id)?.[1];
      if (prefix !== axis) {
        issues.push({
          ...base,
          field: "id",
          message: `le préfixe « ${prefix} » ne correspond pas à l'axe du fichier (${axis}) : attendu « ${axis}-NN »`,
        });
      }
      if (axisMeta && !axisMeta.themes.some((t) => t.id === c.theme)) {
        issues.push({
          ...base,
          field: "theme",
          message: `thème inconnu dans l'axe ${axis} (thèmes déclarés : ${axisMeta.themes.map((t) => t.id).join(", ")})`,
        });
      }
      criteria.push({ ...c, axis });
    });
  }

  // 3. Every declared axis has a file, hence at least one criterion (the frame requires one).
  if (gridMeta) {
    gridMeta.axes.forEach((axis, i) => {
      if (!axisFileOf.has(axis.id)) {
        issues.push({
          file: meta.file,
          field: `axes.${i}`,
          message: `aucun critère pour l'axe ${axis.id} : ajouter un fichier d'axe avec « axis: ${axis.id} »`,
        });
      }
    });
  }

  if (issues.length > 0 || !gridMeta) throw new GridValidationError(issues);

  const axisOrder = new Map(gridMeta.axes.map((a, i) => [a.id, i]));
  criteria.sort(
    (a, b) =>
      (axisOrder.get(a.axis) ?? 0) - (axisOrder.get(b.axis) ?? 0) ||
      idNumber(a.id) - idNumber(b.id) ||
      a.id.localeCompare(b.id),
  );
  return { ...gridMeta, criteria };
}

// ---------------------------------------------------------------------------------------------
// File system
// ---------------------------------------------------------------------------------------------

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Load and validate the grid stored in `dir` (a `grille.yaml` plus one YAML file per axis). */
export function loadGrid(dir: string): Grid {
  const absDir = path.resolve(/*turbopackIgnore: true*/ dir);
  const metaPath = path.join(absDir, GRID_META_FILE);
  if (!fs.existsSync(metaPath)) {
    throw new GridValidationError([
      { file: displayPath(metaPath), message: `fichier introuvable : chaque version de grille a un ${GRID_META_FILE}` },
    ]);
  }
  const read = (abs: string): GridSourceFile => ({ file: displayPath(abs), text: fs.readFileSync(abs, "utf8") });

  const axisFiles = fs
    .readdirSync(absDir, { withFileTypes: true })
    .filter((e) => e.isFile() && isYaml(e.name) && e.name !== GRID_META_FILE)
    .map((e) => e.name)
    .sort()
    .map((name) => read(path.join(absDir, name)));

  return parseGrid(read(metaPath), axisFiles);
}

/**
 * Load every grid version under `rootDir` (one sub-folder per version, named after its version
 * id), sorted from oldest to newest. Files directly under `rootDir` (README…) are ignored.
 * Throws `GridValidationError` with the problems of every version at once, and when no version
 * is found (the app cannot run without a grid).
 */
export function loadAllGrids(rootDir: string = path.join(/*turbopackIgnore: true*/ process.cwd(), "criteria")): Grid[] {
  // turbopackIgnore: the grids are read at run time from criteria/, not traced into the bundle.
  const absRoot = path.resolve(/*turbopackIgnore: true*/ rootDir);
  if (!fs.existsSync(absRoot)) {
    throw new GridValidationError([{ file: displayPath(absRoot), message: "dossier des grilles introuvable" }]);
  }
  const grids: Grid[] = [];
  const issues: GridIssue[] = [];

  for (const entry of fs.readdirSync(absRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dir = path.join(absRoot, entry.name);
    try {
      const grid = loadGrid(dir);
      if (grid.version !== entry.name) {
        issues.push({
          file: displayPath(path.join(dir, GRID_META_FILE)),
          field: "version",
          message: `la version « ${grid.version} » doit être identique au nom du dossier « ${entry.name} »`,
        });
      } else {
        grids.push(grid);
      }
    } catch (error) {
      if (error instanceof GridValidationError) issues.push(...error.issues);
      else throw error;
    }
  }

  if (issues.length > 0) throw new GridValidationError(issues);
  if (grids.length === 0) {
    throw new GridValidationError([
      { file: displayPath(absRoot), message: `aucune version de grille (sous-dossier avec un ${GRID_META_FILE})` },
    ]);
  }
  return grids.sort((a, b) => compareVersions(a.version, b.version));
}
