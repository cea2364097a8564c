/** Public API of the grid library (server side: `load.ts` uses the file system). */
export * from "./schema";
export * from "./profile";
export * from "./load";
export * from "./checksum";
export * from "./diff";
