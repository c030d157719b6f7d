// Fakes for verify.sh's tests: a kubectl and an aws CLI on PATH that answer from JSON files,
// and a cluster installed from the bundle's own values.
import { parseTestConfig } from "../testing/config";
import { installPlan } from "../plan";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ConfigInput } from "../config/schema";

const dir = mkdtempSync(join(tmpdir(), "verify-sh-"));

/** bash -n, then shellcheck: "" when both are happy, else what they said. */
export function lint(script: string): string {
  const path = join(dir, "lint.sh");
  writeFileSync(path, script);
  const syntax = spawnSync("bash", ["-n", path], { encoding: "utf8" });
  if (syntax.status !== 0) return syntax.stderr;
  const check = spawnSync("shellcheck", ["-s", "bash", path], { encoding: "utf8" });
  return check.status === 0 ? "" : check.stdout + check.stderr;
}

const PASSWORD = "s3cr'et $(id) `x` & ; !*";
export const withSecret: ConfigInput = {
  network: { ingressScheme: "internal", egress: { restricted: true } },
  proxy: {
    enabled: true,
    httpProxy: `http://flows:${encodeURIComponent(PASSWORD).replace(/'/g, "%27")}@proxy.corp.example:3128`,
    noProxy: ["localhost", "127.0.0.1", ".cluster.local", "*", "[::1]:80", "10.0.0.0/16"],
  },
};

/** A kubectl that answers from files in `state`, records `run` overrides and prints pod output. */
export function fakeCluster(state: Record<string, unknown>, podOutput: string): string {
  const bin = mkdtempSync(join(dir, "bin-"));
  for (const [name, value] of Object.entries(state))
    writeFileSync(join(bin, `${name}.json`), JSON.stringify(value));
  writeFileSync(join(bin, "pod-output.txt"), podOutput);
  writeFileSync(
    join(bin, "kubectl"),
    `#!/usr/bin/env bash
d=$(dirname "$0")
case "$1 $2" in
  "get namespace") exit 0 ;;
  "get deploy") if [[ "$*" == *spacelift-flows-agent* ]]; then cat "$d/agent.json"; else cat "$d/deploy.json"; fi ;;
  "get secret") cat "$d/secret-$3.json" 2>/dev/null || exit 1 ;;
  "get ingress") cat "$d/ingress.json" ;;
  "get ingressclass") cat "$d/ingressclass.json" ;;
  "get ingressclassparams"*) cat "$d/params.json" ;;
  # The Flows pods' node, in the wizard's NodePool (lib/generators/parts/verify-sh-nodes.ts).
  "get pods") echo ip-10-0-1-23.ec2.internal ;;
  "get node") printf '%s' spacelift-flows-nodes ;;
  "apply -f") cat > "$d/applied.json" ;;
  "delete secret") printf '%s\\n' "$3" >> "$d/deleted.txt" ;;
  run*) for a in "$@"; do case $a in --overrides=*) printf '%s' "\${a#--overrides=}" > "$d/overrides.json" ;; esac; done
        cat "$d/pod-output.txt" ;;
  *) echo "unexpected kubectl $*" >&2; exit 1 ;;
esac
`,
  );
  chmodSync(join(bin, "kubectl"), 0o755);
  // An aws CLI that answers the two read-only auto scaling calls from files, and fails without them.
  writeFileSync(
    join(bin, "aws"),
    `#!/usr/bin/env bash
d=$(dirname "$0")
printf '%s\\n' "$*" >> "$d/aws-calls.txt"
case "$1 $2" in
  "autoscaling describe-auto-scaling-groups") cat "$d/asg.json" 2>/dev/null || exit 255 ;;
  "autoscaling describe-scaling-activities") cat "$d/activities.json" 2>/dev/null || exit 255 ;;
  *) echo "unexpected aws $*" >&2; exit 1 ;;
esac
`,
  );
  chmodSync(join(bin, "aws"), 0o755);
  return bin;
}

export function deployments(values: Record<string, unknown>) {
  return {
    items: (["server", "worker", "gateway"] as const).map((component) => ({
      metadata: { labels: { "app.kubernetes.io/component": component } },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: component,
                env: [
                  { name: "CONFIG_FILE", value: "/etc/flows/config.yaml" },
                  ...(((values[component] as { extraEnv?: unknown[] } | undefined)?.extraEnv ??
                    []) as unknown[]),
                ],
              },
            ],
          },
        },
      },
    })),
  };
}

/** Runs verify.sh with the fakes first on PATH (VERIFY_CURL_IMAGE only when given). */
export function run(script: string, bin: string, env: Record<string, string> = {}) {
  const path = join(dir, "verify.sh");
  writeFileSync(path, script);
  const inherited = { ...process.env };
  delete inherited.VERIFY_CURL_IMAGE;
  return spawnSync("bash", [path], {
    encoding: "utf8",
    env: {
      ...inherited,
      PATH: `${bin}:${process.env.PATH}`,
      VERIFY_TLS_HOST: "git.corp.example",
      ...env,
    },
  });
}

/** The image the probe pod was started with (from the recorded kubectl run overrides). */
export function probeImage(bin: string): string {
  return JSON.parse(readFileSync(join(bin, "overrides.json"), "utf8")).spec.containers[0].image;
}

/** The proxy-with-Secret configuration the fake cluster was installed from. */
export const config = parseTestConfig(withSecret);
export const internalIngress = {
  items: [
    {
      spec: { ingressClassName: "spacelift-flows" },
      metadata: { annotations: { "alb.ingress.kubernetes.io/scheme": "internal" } },
      status: {
        loadBalancer: {
          ingress: [{ hostname: "internal-k8s-abc.eu-central-1.elb.amazonaws.com" }],
        },
      },
    },
  ],
};
/** A cluster made from the bundle's own values, and an EC2 pool with a host in service. */
export const healthy = {
  deploy: deployments(installPlan(config).chartValues.flows),
  agent: { items: [] },
  "secret-spacelift-flows-proxy": { data: { HTTP_PROXY: "eA==", HTTPS_PROXY: "eA==" } },
  ingress: internalIngress,
  ingressclass: {
    spec: {
      controller: "eks.amazonaws.com/alb",
      parameters: {
        apiGroup: "eks.amazonaws.com",
        kind: "IngressClassParams",
        name: "spacelift-flows",
      },
    },
  },
  params: { spec: { scheme: "internal" } },
  asg: {
    AutoScalingGroups: [
      {
        AutoScalingGroupName: "flows-agent-pool",
        DesiredCapacity: 2,
        Instances: [
          { InstanceId: "i-1", LifecycleState: "InService" },
          { InstanceId: "i-2", LifecycleState: "Pending:Wait" },
        ],
      },
    ],
  },
  activities: {
    Activities: [
      { StatusCode: "InProgress", Description: "Launching a new EC2 instance: i-2" },
      { StatusCode: "Successful", Description: "Launching a new EC2 instance: i-1" },
    ],
  },
};
