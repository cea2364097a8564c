// Entry of the report renderer's worker thread (render-pool.ts): loads the TypeScript worker
// through tsx's API (worker threads do not inherit the --import loaders of the server).
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
