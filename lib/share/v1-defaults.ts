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
    vpcChecklist: { privateSubnetsWithNat: false, securityGroups: false, privateAccess: false },
    egress: {
      restricted: false,
      runtimeImage: "",
      backendImageRepository: "",
      agentImageRepository: "",
    },
  },
  proxy: {
    enabled: false,
    httpProxy: "",
    httpsProxy: "",
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
  },
} as const;
