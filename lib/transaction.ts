import type { Db } from "@/db/client";

/** A transaction, as drizzle passes it to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The database or a transaction in progress: what a write that joins its caller's transaction takes. */
export type DbOrTx = Db | Tx;
