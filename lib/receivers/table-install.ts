// The programs of a Flows install that read the proxy, NO_PROXY and CA settings: the services'
// pods, the agent, its runtime containers, the agent host's AWS CLI and dockerd, the EKS nodes.
import { SOURCES as S } from "./sources";
import { fromExample, GO_NO_PROXY, PYTHON_NO_PROXY, UNDICI_NO_PROXY } from "./no-proxy-syntax";
import type { Receiver, Source } from "./types";

const inferred = (ref: string, how: string): Source => ({ certainty: "inferred", ref, how });

const GO_ANCHORS = (who: string) =>
  inferred(
    S.goRootsAreAnchors.ref,
    `${who} is a Go program (see its runtime), and Go's crypto/x509 trusts any certificate in the root pool as an anchor.`,
  );

export const INSTALL_RECEIVERS: Receiver[] = [
  {
    id: "flows-services",
    name: "the Flows services (server, worker, gateway)",
    short: "Flows services",
    place: "cluster",
    runtime: {
      value: "unknown",
      source: inferred(
        S.flowsChart.ref,
        "Each pod runs one binary, /usr/bin/spacelift-flows, with a subcommand (server, worker, gateway); the public docs do not say what it is written in, so its TLS library is not known.",
      ),
    },
    proxyVariables: {
      value: { reads: ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"], precedence: "not documented" },
      source: S.flowsDocs,
    },
    noProxy: {
      // The documented example: localhost,127.0.0.1,.cluster.local.
      value: fromExample(["hostname", "ipv4", "leading-dot"]),
      source: S.flowsDocs,
    },
    caTrust: {
      value:
        "additionalRootCas in config.yaml (the main module's custom_ca_certificates), beside the public roots",
      source: S.flowsMainModule,
    },
    partialChain: {
      value: "unknown",
      source: inferred(
        S.flowsChart.ref,
        "Follows from the unknown TLS library: Go would accept an intermediate anchor, Node and OpenSSL would not.",
      ),
    },
  },
  {
    id: "flows-agent",
    name: "the Flows agent",
    short: "the agent (Go)",
    place: "agent-host",
    runtime: {
      value: "go",
      source: inferred(
        S.agentUserData.ref,
        "Not stated publicly: Spacelift's agents are Go programs, and this one creates executor pods through the Kubernetes API (the agent chart's Role), client-go's job.",
      ),
    },
    proxyVariables: {
      value: {
        reads: ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"],
        precedence: "uppercase first (Go); the EC2 module exports HTTP_PROXY only",
      },
      source: S.goHttpProxy,
    },
    noProxy: { value: GO_NO_PROXY, source: S.goHttpProxy },
    caTrust: {
      value:
        "FLOWS_ADDITIONAL_ROOT_CAS (the agent module's custom_ca_certificates), beside the host's",
      source: S.agentUserData,
    },
    partialChain: { value: "yes", source: GO_ANCHORS("The agent") },
  },
  {
    id: "runtime-containers",
    name: "the JavaScript runtime containers (Node, fetch)",
    short: "Node runtimes",
    place: "agent-host",
    runtime: {
      value: "node",
      source: S.agentUserData, // node:24-alpine, -e NODE_USE_ENV_PROXY=1
    },
    proxyVariables: {
      value: {
        reads: ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"],
        precedence: "lowercase first; only with NODE_USE_ENV_PROXY=1 (the module sets it)",
      },
      source: S.undiciEnvProxy,
    },
    noProxy: { value: UNDICI_NO_PROXY, source: S.undiciEnvProxy },
    caTrust: {
      value:
        "NODE_EXTRA_CA_CERTS (a PEM file) or a ca option, beside Node's bundled roots; the module passes the runtimes no CA variable",
      source: S.nodeExtraCaCerts,
    },
    partialChain: { value: "no", source: S.nodeRefusesIntermediateAnchor },
  },
  {
    id: "agent-host-aws-cli",
    name: "the AWS CLI on the EC2 agent host",
    short: "AWS CLI (Python)",
    place: "agent-host",
    runtime: { value: "python", source: S.awsCliProxy },
    proxyVariables: {
      value: {
        reads: ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"],
        precedence:
          "lowercase first; on EC2, 169.254.169.254 (instance credentials) must be in NO_PROXY",
      },
      source: S.awsCliProxy,
    },
    noProxy: {
      value: PYTHON_NO_PROXY,
      source: inferred(
        "CPython Lib/urllib/request.py proxy_bypass_environment",
        "botocore decides through Python's urllib proxy_bypass (not re-read in botocore at a commit).",
      ),
    },
    caTrust: {
      value: "AWS_CA_BUNDLE or ca_bundle in the profile; else the CLI's bundled roots",
      source: S.awsCliEnv,
    },
    partialChain: {
      value: "unknown",
      source: inferred(
        S.awsCliEnv.ref,
        "Python's ssl over OpenSSL refuses an intermediate anchor unless VERIFY_X509_PARTIAL_CHAIN is set (Python 3.13's create_default_context sets it); which the CLI's bundled Python and botocore's context do is not verified.",
      ),
    },
  },
  {
    id: "agent-host-dockerd",
    name: "dockerd on the EC2 agent host",
    short: "dockerd (Go)",
    place: "agent-host",
    runtime: {
      value: "go",
      source: inferred(S.dockerdProxy.ref, "dockerd (moby) is written in Go."),
    },
    proxyVariables: {
      value: {
        reads: [
          "daemon.json proxies",
          "HTTP_PROXY",
          "http_proxy",
          "HTTPS_PROXY",
          "https_proxy",
          "NO_PROXY",
          "no_proxy",
        ],
        precedence:
          "daemon.json (or --http-proxy flags) over its start-up environment (a systemd drop-in); never the user data's shell",
      },
      source: S.dockerdProxy,
    },
    // The docs' example: *.test.example.com,.example.org,127.0.0.0/8; Go's rules otherwise.
    noProxy: { value: GO_NO_PROXY, source: S.dockerdProxy },
    caTrust: {
      value: "the host's system store, plus /etc/docker/certs.d/<registry>/*.crt",
      source: S.dockerCertsD,
    },
    partialChain: { value: "yes", source: GO_ANCHORS("dockerd") },
  },
  {
    id: "eks-node-runtime",
    name: "the EKS Auto Mode nodes' container runtime (image pulls)",
    short: "EKS nodes",
    place: "eks-nodes",
    runtime: {
      value: "go",
      source: inferred(S.eksNodeClass.ref, "containerd, the nodes' runtime, is written in Go."),
    },
    proxyVariables: {
      value: {
        reads: ["NodeClass spec.advancedNetworking.httpsProxy", "spec.advancedNetworking.noProxy"],
        precedence: "the NodeClass only: the pods' environment does not reach image pulls",
      },
      source: S.eksNodeClass,
    },
    // The docs' example: localhost, 127.0.0.1, ::1, 169.254.169.254, [fd00:ec2::254], .internal.
    noProxy: {
      value: fromExample(["hostname", "ipv4", "ipv6", "leading-dot"]),
      source: S.eksNodeClass,
    },
    caTrust: { value: "NodeClass spec.certificateBundles", source: S.eksNodeClass },
    partialChain: { value: "yes", source: GO_ANCHORS("containerd") },
  },
];
