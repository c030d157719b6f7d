// What the page loads on demand to make files and zips on the main thread (one chunk).
export { installPlan } from "../plan";
export { generateFiles } from "../generators";
export { buildBundle } from "./build";
