// Dependency rules, checked by `npm run deps` (part of `npm run check` and `npm test`).
// Tests (*.test.ts) are left out of the graph: a test may reach across folders to build its
// inputs (lib/testing makes configs, certificates, links), which says nothing about the
// product's layering. Test support files (testing/ folders) stay in.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Two files that import each other, directly or through others.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycles",
      comment: "Two folders whose files import each other's, directly or through other folders.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-to-ui",
      comment: "lib/ is pure: it never imports the React components or the Next.js app.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(components|app)/" },
    },
    {
      name: "generator-not-to-other-generator",
      comment:
        "A generator (a file directly in lib/generators/) imports no other generator: what two " +
        "generators share comes from the install plan (lib/plan), from lib/, or from " +
        "lib/generators/parts/. Only the aggregator (index.ts) imports generators; every file " +
        "may import types.ts.",
      severity: "error",
      from: {
        path: "^lib/generators/[^/]+\\.ts$",
        pathNot: ["^lib/generators/index\\.ts$", "-fakes\\.ts$"],
      },
      to: { path: "^lib/generators/[^/]+\\.ts$", pathNot: "^lib/generators/types\\.ts$" },
    },
    {
      name: "generator-part-not-to-generator",
      comment: "A shared part (lib/generators/parts/) serves generators and imports none of them.",
      severity: "error",
      from: { path: "^lib/generators/parts/" },
      to: { path: "^lib/generators/[^/]+\\.ts$", pathNot: "^lib/generators/types\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["(^|/)(node_modules|\\.next|out)/", "\\.test\\.tsx?$"] },
    tsPreCompilationDeps: true,
    // Absolute, so that the rules can also be run on a fixture folder (scripts/dependency-rules.test.ts).
    tsConfig: { fileName: `${__dirname}/tsconfig.json` },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  },
};
