import { connection } from "next/server";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { shouldSeedDemo } from "@/lib/config";

/** Says, on every page, when this instance carries demonstration data. */
export async function DemoNotice() {
  await connection(); // read the environment at request time, not at build time
  if (!shouldSeedDemo()) return null;
  return (
    <Notice
      title="Instance de démonstration"
      description="Les organisations, services et établissements marqués « démonstration » sont fictifs. Ne saisissez pas de données réelles."
    />
  );
}
