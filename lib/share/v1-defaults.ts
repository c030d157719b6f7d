// The defaults link format 1 diffs against. FROZEN with the format: a v1 link leaves out what
// equalled these values, so it must read back with these values even after a release changes
// the schema's defaults. (Settings added later are simply carried in full by the diff.)

export const V1_DEFAULTS = {
  basics: {
    appDomain: "flows.example.com",
    namespace: "default",
    releaseName: "spacelift-flows",
    awsRegion: "eu-central-1",
    agents: { ec2: true, kubernetes: false },
  },
  network: {
    ingressScheme: "internet-facing",
    // Added after the first release (absent from older links, which read them as these).
    vpc: { mode: "create", id: "", privateSubnetIds: [], publicSubnetIds: [] },
    // Added later (issue 26); older links read it as a cluster the module creates.
    cluster: { mode: "create", name: "", databaseSecurityGroupIds: [] },
    tls: { certificate: "request", certArn: "", privateDns: false },
    vpcChecklist: { privateSubnetsWithNat: false, securityGroups: false, privateAccess: false },
    egress: {
      restricted: false,
      runtimeImage: "",
      // Added later. An older link that names a repository without it means "own"
      // (lib/config/upgrade.ts), so encodeV1 carries it beside any repository.
      mirror: "public",
      backendImageRepository: "",
      agentImageRepository: "",
    },
  },
  proxy: {
    enabled: false,
    httpProxy: "",
    httpsProxy: "",
    // Added later; older links carried no user name (their `s` says which URL lost it).
    httpUser: "",
    httpsUser: "",
    // Never in a link (lib/share/secrets.ts), so always read as empty.
    httpPassword: "",
    httpsPassword: "",
    noProxy: ["localhost", "127.0.0.1", ".cluster.local"],
    receivers: {
      worker: true,
      gateway: true,
      server: true,
      ec2Agents: true,
      kubernetesAgents: true,
    },
    credentials: "secret",
    secretName: "spacelift-flows-proxy",
    // Added after the first release; absent from older v1 links, which read it as "".
    vpcCidr: "",
    // Added later; older links read it as false.
    tlsInspection: false,
    // Added later; older links read it as false.
    workstation: false,
  },
  // Added after the first release; older links read them as these.
  versions: { mainModuleRef: "", agentModuleRef: "", flowsChartVersion: "", agentChartVersion: "" },
  // Added later (issue 27); older links read it as install.sh.
  gitops: { tool: "none" },
} as const;
