/**
 * The territorial ENT context: départements with their 2018 and 2025 deployment, ENT projects,
 * schools known to the platform, national figures. Pure functions and queries taking a `Db`;
 * no React, no Next. Values are shown as the ministry's tables have them (see db/reference/README.md).
 * One file per concern; callers import from here.
 */
export * from "./departements";
export * from "./states";
export * from "./wording";
export * from "./table";
export * from "./csv";
export * from "./groups";
export * from "./queries";
export * from "./cache";
