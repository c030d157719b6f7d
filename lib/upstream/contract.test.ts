// The generated bundle against the upstream modules and charts as read (modules.ts, charts.ts):
// for every preset and the installs issue 13 names, and for random configurations.
import { parseTestConfig } from "../testing/config";
import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { type Config, type ConfigInput } from "../config/schema";
import { presets } from "../config/presets";
import { presetConfig } from "../testing/presets";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { generateFiles } from "../generators/index";

import { parseHcl } from "../testing/hcl";
import { validConfigWithCluster } from "../testing/arbitraries";
import { checkChartValues, checkRootModule, type ParsedRoot } from "../testing/upstream-contract";
import { CHARTS } from "./charts";
import { AGENT_MODULE, MAIN_MODULE } from "./sources";
import { AGENT_MODULE_PLAN_TIME_INPUTS } from "./modules";

const VPC = "vpc-0a1b2c3d4e5f67890";
const PRIVATE = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"];
const PUBLIC = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"];
const CERTIFICATES = TEST_CERTIFICATES.slice(0, 2).map(({ pem, label }) => ({ pem, label }));

const SCENARIOS: [string, ConfigInput][] = [
  // Presets as the user completes them (a preset leaves the proxy URL to the user).
  ...presets.map((p): [string, ConfigInput] => [`preset ${p.id}`, presetConfig(p.id)]),
  [
    "existing VPC + internal + proxy + CA + EC2 agents",
    {
      basics: { appDomain: "flows.corp.internal", namespace: "flows" },
      network: {
        ingressScheme: "internal",
        vpc: { mode: "existing", id: VPC, privateSubnetIds: PRIVATE },
        tls: {
          certificate: "existing",
          certArn:
            "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f",
        },
      },
      proxy: { enabled: true, httpProxy: "http://bob:pa%24%24@proxy.corp.internal:3128" },
      certificates: CERTIFICATES,
    },
  ],
  [
    "existing EKS cluster in its VPC + internal + proxy + EC2 and Kubernetes agents",
    {
      basics: { namespace: "flows", agents: { ec2: true, kubernetes: true } },
      network: {
        ingressScheme: "internal",
        vpc: { mode: "existing", id: VPC, privateSubnetIds: PRIVATE },
        cluster: {
          mode: "existing",
          name: "corp-eks",
          databaseSecurityGroupIds: ["sg-0a1b2c3d4e5f67890"],
        },
      },
      proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128" },
    },
  ],
  [
    "new VPC + public + Kubernetes agents",
    { basics: { agents: { ec2: false, kubernetes: true } } },
  ],
  [
    "ECR mirrors created by the module, agents on EC2 and in Kubernetes",
    {
      basics: { agents: { ec2: true, kubernetes: true } },
      network: { egress: { mirror: "module-ecr" } },
      proxy: {
        enabled: true,
        httpProxy: "http://proxy.corp:3128",
        httpsProxy: "http://tls.corp:3129",
      },
    },
  ],
  [
    "own registry in ECR, existing VPC with public subnets",
    {
      network: {
        vpc: { mode: "existing", id: VPC, privateSubnetIds: PRIVATE, publicSubnetIds: PUBLIC },
        egress: {
          mirror: "own",
          agentImageRepository: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/flows-agent",
        },
      },
    },
  ],
];

async function rootOf(config: Config): Promise<ParsedRoot> {
  const file = generateFiles(installPlan(config)).find((f) => f.path === "terraform/main.tf")!;
  return (await parseHcl(file.contents)) as ParsedRoot;
}

async function tfvarsOf(config: Config): Promise<Record<string, unknown>> {
  const file = generateFiles(installPlan(config)).find((f) => f.path.endsWith(".auto.tfvars"))!;
  return parseHcl(file.contents, "x.tfvars");
}

function installSh(config: Config): string {
  return generateFiles(installPlan(config)).find((f) => f.path === "install.sh")!.contents;
}

/** What the issue asks of every install, as problems ([] when all hold). */
async function installProblems(config: Config): Promise<string[]> {
  const root = await rootOf(config);
  const problems = checkRootModule(root);
  const flows = root.module?.spacelift_flows?.[0];
  if (!flows) return [...problems, "no spacelift_flows module"];
  if (flows.source !== `${MAIN_MODULE.source}?ref=${MAIN_MODULE.ref}`)
    problems.push(`main module source ${String(flows.source)} is not pinned`);
  // Every variable without a default is set by the tfvars file or documented as TF_VAR_*.
  const tfvars = await tfvarsOf(config);
  for (const [name, [block]] of Object.entries(root.variable ?? {})) {
    if ("default" in block || name in tfvars) continue;
    if (
      !installSh(config).includes(`TF_VAR_${name}`) &&
      !String(block.description).includes(`TF_VAR_${name}`)
    )
      problems.push(`variable ${name} has no value, no default and no TF_VAR_${name}`);
  }
  for (const name of Object.keys(tfvars))
    if (!root.variable?.[name])
      problems.push(`tfvars sets ${name}, which main.tf does not declare`);

  const agents = root.module?.spacelift_flows_agent_pool?.[0];
  if (config.basics.agents.ec2) {
    if (!agents) problems.push("EC2 agents but no agent pool module");
    else {
      if (agents.source !== `${AGENT_MODULE.source}?ref=${AGENT_MODULE.ref}`)
        problems.push("agent module source is not pinned");
      if (agents.agent_pool_id !== "${module.spacelift_flows.agent_pool_id}")
        problems.push("the agent pool id does not come from the main module");
      if (agents.agent_pool_token !== "${module.spacelift_flows.agent_pool_token}")
        problems.push("the agent pool token does not come from the main module");
      const existing = config.network.vpc.mode === "existing";
      const vpc = existing ? "${var.vpc_id}" : "${module.spacelift_flows.vpc_id}";
      const subnets = existing
        ? "${var.private_subnet_ids}"
        : "${module.spacelift_flows.vpc_private_subnet_ids}";
      if (agents.reuse_vpc_id !== vpc) problems.push("EC2 agents are not in the cluster's VPC");
      if (agents.reuse_vpc_subnet_ids !== subnets)
        problems.push("EC2 agents are not in the cluster's private subnets");
      if (
        existing &&
        (tfvars.private_subnet_ids as string[]).join() !==
          config.network.vpc.privateSubnetIds.join()
      )
        problems.push("the private subnets in tfvars are not the user's");
    }
  } else if (agents) problems.push("an agent pool module without EC2 agents");

  // An existing cluster: the module creates none, is told its name (examples/with_existing_eks)
  // and the database's security groups, and nothing reads a VPC the module would not create.
  const cluster = config.network.cluster;
  if (cluster.mode === "existing") {
    if (flows.enable_eks_cluster !== false)
      problems.push("existing cluster, but enable_eks_cluster is not false");
    if (
      flows.eks_cluster_name !== "${var.eks_cluster_name}" ||
      tfvars.eks_cluster_name !== cluster.name
    )
      problems.push("eks_cluster_name is not the user's cluster");
    if (
      flows.database_security_group_ids !== "${var.database_security_group_ids}" ||
      (tfvars.database_security_group_ids as string[]).join() !==
        cluster.databaseSecurityGroupIds.join()
    )
      problems.push("database_security_group_ids are not the user's");
    if (flows.enable_vpc !== false)
      problems.push("an existing cluster, but the module creates a VPC");
    if (!installSh(config).includes(`CLUSTER_NAME='${cluster.name}'`))
      problems.push("install.sh does not point kubectl at the user's cluster by name");
  } else if ("enable_eks_cluster" in flows || "eks_cluster_name" in flows)
    problems.push("the module creates the cluster, but is given a cluster name");

  // install.sh: tools checked, kubectl pointed at the new cluster before any kubectl or helm,
  // and every output it reads exists.
  const script = installSh(config);
  if (!/^for tool in .*\baws\b/m.test(script)) problems.push("install.sh does not check for aws");
  const kubeconfig = script.indexOf("aws eks update-kubeconfig");
  const firstApply = script.indexOf("tofu -chdir=terraform apply");
  // The first line that runs kubectl or helm (at its start, or after a pipe).
  const firstKube = script.search(/^(?:.*\| )?(?:kubectl|helm) /m);
  if (kubeconfig < 0 || kubeconfig < firstApply || firstKube < 0 || kubeconfig > firstKube)
    problems.push(
      "install.sh does not run aws eks update-kubeconfig between tofu apply and kubectl",
    );
  // An agent pool whose plan-time inputs read the main module's outputs is applied second.
  const planTime = AGENT_MODULE_PLAN_TIME_INPUTS.some((input) =>
    String(agents?.[input] ?? "").startsWith("${module.spacelift_flows."),
  );
  const targeted = script.indexOf("tofu -chdir=terraform apply -target=module.spacelift_flows\n");
  const full = script.indexOf("tofu -chdir=terraform apply\n");
  if (planTime && !(targeted >= 0 && full > targeted))
    problems.push(
      "the agent pool reads main module outputs at plan time, but install.sh applies all at once",
    );
  for (const [, name] of script.matchAll(/output -raw ([a-z_]+)/g))
    if (!root.output?.[name!]) problems.push(`install.sh reads output ${name}, main.tf has none`);
  for (const chart of [CHARTS.flows, CHARTS.agent])
    if (
      script.includes(`spacelift/${chart.name} `) &&
      !script.includes(`spacelift/${chart.name} --version ${chart.version}`)
    )
      problems.push(`helm ${chart.name} is not pinned`);

  problems.push(
    ...checkChartValues(installPlan(config).chartValues.flows, CHARTS.flows, CHARTS.flows.version),
  );
  if (config.basics.agents.kubernetes)
    problems.push(
      ...checkChartValues(
        installPlan(config).chartValues.agent!,
        CHARTS.agent,
        CHARTS.agent.version,
      ),
    );
  return problems;
}

describe("the bundle against the upstream modules and charts", () => {
  it.each(SCENARIOS)("%s: installs as the modules and charts expect", async (_name, input) => {
    expect(await installProblems(parseTestConfig(input))).toEqual([]);
  });

  it("holds for random configurations too (200 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(validConfigWithCluster, async (config) => {
        const pinned = { ...config, versions: parseTestConfig({}).versions };
        expect(await installProblems(pinned)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the contract check itself", () => {
  it("finds an argument the module does not have, a wrong type and a missing input", () => {
    const root: ParsedRoot = {
      variable: { n: [{ type: "${number}" }] },
      module: {
        spacelift_flows_agent_pool: [
          {
            source: "x",
            agent_pool_id: "${var.n}",
            backend_endpoint: "https://a",
            gateway_endpoint: "https://b",
            agent_pool_token: "${module.spacelift_flows.agent_pool_token}",
            http_proxies: "x",
          },
        ],
      },
      output: { vpc: [{ value: "${module.spacelift_flows.vpc_cidr}" }] },
    };
    expect(checkRootModule(root)).toEqual([
      "spacelift_flows_agent_pool.agent_pool_id is number, the module wants string",
      "spacelift_flows_agent_pool.http_proxies is not an input of the module",
      "output vpc reads ${module.spacelift_flows.vpc_cidr}, no module output",
    ]);
    expect(checkRootModule({ module: { spacelift_flows: [{ source: "x" }] } })).toEqual([
      "spacelift_flows.license_token is required",
      "spacelift_flows.app_domain is required",
      "spacelift_flows.organization_name is required",
      "spacelift_flows.admin_email is required",
    ]);
  });

  it("finds chart values the chart does not read, and values newer than the pinned chart", () => {
    expect(
      checkChartValues(
        { ingress: { exposeGateway: true, scheme: "internal" }, agent: { extraEnv: [] } },
        CHARTS.flows,
        "0.1.0",
      ),
    ).toEqual([
      "spacelift-flows: ingress.exposeGateway needs chart 0.2.0, the bundle pins 0.1.0",
      "spacelift-flows: ingress.scheme is not a value the chart reads",
      "spacelift-flows: agent.extraEnv is not a value the chart reads",
    ]);
  });
});
