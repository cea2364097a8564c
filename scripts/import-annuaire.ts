/**
 * `npm run import:annuaire -- fichier.csv [--serveur-arrete]`
 *
 * Imports the official school directory (annuaire de l'éducation, CSV with `;`) into the
 * platform's database: collèges, lycées and EREA are created or updated; every rejected line is
 * listed with its reason; the import never stops on a bad line.
 *
 * The database is the server's: PostgreSQL when DATABASE_URL is set (safe while the server
 * runs), otherwise the embedded PGlite folder `${DATA_DIR:-.data}/pglite`. PGlite accepts ONE
 * process per folder: two processes writing the same folder lose data. So, on PGlite, the
 * importer refuses to run while another process holds files of the folder open (checked through
 * /proc on Linux); where that cannot be checked, it asks for `--serveur-arrete` to confirm that
 * the server is stopped.
 *
 * Exit code: 0 when the file was read (even with rejected lines), 1 when the file or the
 * database could not be used, 2 on a usage error.
 */
import fs from "node:fs";
import path from "node:path";
import { openDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData } from "@/lib/startup/reference";
import { databaseConfig, StartupError } from "@/lib/config";
import { DirectoryFormatError, formatReport, importDirectory } from "@/lib/schools/annuaire";

const USAGE = `Usage : npm run import:annuaire -- fichier.csv [--serveur-arrete]
  fichier.csv        export CSV (séparateur « ; ») de l'annuaire de l'éducation
  --serveur-arrete   base embarquée (PGlite) : confirme que le serveur est arrêté
Base : PostgreSQL si DATABASE_URL est définie, sinon la base embarquée de DATA_DIR (.data par défaut).`;

/** Processes (other than this one) with a file of `dir` open, found through /proc; null when /proc cannot tell. */
function processesHolding(dir: string): number[] | null {
  if (!fs.existsSync("/proc/self/fd")) return null;
  const holders: number[] = [];
  const prefix = path.resolve(dir) + path.sep;
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      try {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(prefix)) {
          holders.push(Number(pid));
          break;
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return holders;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const confirmed = args.includes("--serveur-arrete");
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--serveur-arrete");
  if (files.length !== 1 || unknown.length) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file)) {
    console.error(`Fichier introuvable : ${file}`);
    return 1;
  }

  const config = databaseConfig();
  if (config.kind === "pglite") {
    const holders = processesHolding(config.dir);
    if (holders === null && !confirmed) {
      console.error(
        `Base embarquée ${config.dir} : impossible de vérifier ici qu'aucun serveur ne l'utilise.\n` +
          "PGlite n'accepte qu'un processus à la fois : arrêtez le serveur (npm start), puis relancez avec --serveur-arrete.",
      );
      return 1;
    }
    if (holders && holders.length) {
      console.error(
        `Base embarquée ${config.dir} ouverte par un autre processus (pid ${holders.join(", ")}), sans doute le serveur.\n` +
          "PGlite n'accepte qu'un processus à la fois : arrêtez le serveur, lancez l'import, puis redémarrez le serveur.\n" +
          "Avec PostgreSQL (DATABASE_URL), l'import peut se faire serveur démarré.",
      );
      return 1;
    }
  }

  const handle = openDb(config);
  try {
    // The same steps as the server's start-up for the tables the import needs.
    await runMigrations(handle);
    await loadReferenceData(handle.db);
    const t0 = performance.now();
    const text = fs.readFileSync(file, "utf8");
    const report = await importDirectory(handle.db, text);
    const s = (performance.now() - t0) / 1000;
    console.log(`Import de ${path.basename(file)} dans ${config.kind === "postgres" ? config.display : config.dir} (${s.toFixed(1)} s)`);
    console.log(formatReport(report));
    return 0;
  } catch (e) {
    if (e instanceof DirectoryFormatError || e instanceof StartupError) {
      console.error(`Import impossible : ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Import interrompu : ${(e as Error)?.message ?? String(e)}`);
    process.exit(1);
  },
);
