// The programs install.sh and preflight.sh run on the operator's workstation.
import { SOURCES as S } from "./sources";
import { CURL_NO_PROXY, GO_NO_PROXY, PYTHON_NO_PROXY } from "./no-proxy-syntax";
import type { Receiver, Source } from "./types";

const inferred = (ref: string, how: string): Source => ({ certainty: "inferred", ref, how });
const GO_PROXY_VARIABLES = {
  reads: ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"],
  precedence: "uppercase first",
};
const goTool = (
  id: Receiver["id"],
  tool: string,
  caTrust: string,
  caHow: string,
  extra = "",
): Receiver => ({
  id,
  name: `${tool} on the workstation`,
  short: `${tool} (Go)`,
  place: "workstation",
  runtime: {
    value: "go",
    source: inferred(S.goHttpProxy.ref, `${tool} is written in Go and uses net/http.`),
  },
  proxyVariables: {
    value: { ...GO_PROXY_VARIABLES, precedence: `${GO_PROXY_VARIABLES.precedence}${extra}` },
    source: inferred(
      S.goHttpProxy.ref,
      `${tool} uses net/http's ProxyFromEnvironment, which reads these variables.`,
    ),
  },
  noProxy: { value: GO_NO_PROXY, source: S.goHttpProxy },
  caTrust: { value: caTrust, source: inferred(S.goCertFiles.ref, caHow) },
  partialChain: {
    value: "yes",
    source: inferred(S.goRootsAreAnchors.ref, `${tool} verifies with Go's crypto/x509.`),
  },
});

export const WORKSTATION_RECEIVERS: Receiver[] = [
  goTool(
    "workstation-tofu",
    "tofu",
    "the system store; SSL_CERT_FILE / SSL_CERT_DIR replace it",
    "Go reads SSL_CERT_FILE and SSL_CERT_DIR on Linux (root_unix.go).",
  ),
  {
    id: "workstation-aws",
    name: "the AWS CLI on the workstation",
    short: "aws (Python)",
    place: "workstation",
    runtime: { value: "python", source: S.awsCliProxy },
    proxyVariables: {
      value: { ...GO_PROXY_VARIABLES, precedence: "lowercase first" },
      source: S.awsCliProxy,
    },
    noProxy: {
      value: PYTHON_NO_PROXY,
      source: inferred(
        "CPython Lib/urllib/request.py proxy_bypass_environment",
        "botocore decides through Python's urllib proxy_bypass.",
      ),
    },
    caTrust: {
      value: "AWS_CA_BUNDLE or ca_bundle in the profile; else the CLI's bundled roots",
      source: S.awsCliEnv,
    },
    partialChain: {
      value: "unknown",
      source: inferred(S.awsCliEnv.ref, "As on the agent host: not verified."),
    },
  },
  goTool(
    "workstation-helm",
    "helm",
    "the system store (SSL_CERT_FILE / SSL_CERT_DIR), or --ca-file for a chart repository",
    "helm's repository client is Go's net/http with the system pool unless --ca-file is given.",
  ),
  goTool(
    "workstation-kubectl",
    "kubectl",
    "the cluster's CA from the kubeconfig (certificate-authority-data), not the system store",
    "client-go pins the API server's CA from the kubeconfig that aws eks update-kubeconfig writes.",
    "; a kubeconfig proxy-url wins over them",
  ),
  {
    ...goTool(
      "workstation-docker",
      "docker",
      "the daemon's: the system store, plus /etc/docker/certs.d/<registry>/*.crt",
      "Pulls and pushes are made by the local dockerd, not the docker command.",
    ),
    proxyVariables: {
      value: {
        reads: [
          "the local daemon's proxy (daemon.json or its environment; Docker Desktop's settings)",
        ],
        precedence: "the shell's variables do not reach pulls and pushes",
      },
      source: S.dockerdProxy,
    },
  },
  {
    id: "workstation-curl",
    name: "curl (preflight.sh's transport)",
    short: "curl",
    place: "workstation",
    runtime: { value: "c", source: S.curlProxyEnv },
    proxyVariables: {
      value: {
        reads: [
          "http_proxy",
          "HTTPS_PROXY",
          "https_proxy",
          "ALL_PROXY",
          "all_proxy",
          "NO_PROXY",
          "no_proxy",
        ],
        precedence: "http_proxy only in lowercase; the others in either case",
      },
      source: S.curlProxyEnv,
    },
    noProxy: { value: CURL_NO_PROXY, source: S.curlNoProxy },
    caTrust: {
      value: "--cacert / --capath, CURL_CA_BUNDLE, else the bundle it was built with",
      source: S.curlProxyEnv,
    },
    partialChain: { value: "yes", source: S.curlPartialChain },
  },
];
