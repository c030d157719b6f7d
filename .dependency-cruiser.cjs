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
        "A generator's files (lib/generators/NAME.ts and its parts NAME-*.ts, NAME being the " +
        "first two words of the file name) import no other generator's: what two generators " +
        "share comes from the install plan or from lib/, not from each other. Only the " +
        "aggregator (index.ts) imports generators; every file may import types.ts.",
      severity: "error",
      from: {
        path: "^lib/generators/([a-z0-9]+-?[a-z0-9]*)",
        pathNot: ["^lib/generators/index\\.ts$", "-fakes\\.ts$"],
      },
      // (The patterns avoid nested quantifiers: dependency-cruiser refuses "unsafe" ones.)
      to: { path: "^lib/generators/", pathNot: "^lib/generators/(types|$1)[a-z0-9-]*\\.ts$" },
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
