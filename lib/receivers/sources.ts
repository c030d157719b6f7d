// Where each fact in the receivers table comes from: documentation pages, upstream files at a
// commit (read with the search tool's stored copies, 2026-12), and what was measured on this
// project's machine (Node 20.20.2, curl 7.88.1 with OpenSSL 3.0.19, Debian 12).
import type { Source } from "./types";

const code = (repo: string, commit: string, path: string): Source => ({
  certainty: "read-in-code",
  ref: `${repo}@${commit}:${path}`,
});
const doc = (url: string, how?: string): Source => ({
  certainty: "documented",
  ref: url,
  ...(how ? { how } : {}),
});

export const SOURCES = {
  goHttpProxy: code(
    "golang/net",
    "094d4385b4862d82e1922eed028a3b6bf83662d3",
    "http/httpproxy/proxy.go",
  ),
  goCertFiles: code(
    "golang/go",
    "0345ede87ee12698988973884cfc0fd3d499dffd",
    "src/crypto/x509/root_unix.go",
  ),
  goRootsAreAnchors: doc(
    "https://github.com/golang/go/issues/51953",
    "A leaf or an intermediate in VerifyOptions.Roots verifies; a Go maintainer (golang/go#24685): 'If something is in Roots, it's trusted.'",
  ),
  undiciEnvProxy: code(
    "nodejs/undici",
    "0bc7658d8fdf1f2937560c795048e68c8b592184",
    "lib/dispatcher/env-http-proxy-agent.js",
  ),
  nodeEnvProxy: doc(
    "https://nodejs.org/api/http.html#built-in-proxy-support",
    "Read in the nodejs.cn copy of the page: HTTP_PROXY/http_proxy, HTTPS_PROXY/https_proxy, NO_PROXY/no_proxy, the lowercase one wins; NO_PROXY formats *, host, .suffix, *.suffix, IP, IP range, host:port (no CIDR).",
  ),
  nodeExtraCaCerts: doc("https://nodejs.org/api/cli.html#node_extra_ca_certsfile"),
  nodeRefusesIntermediateAnchor: {
    certainty: "measured",
    ref: "node 20.20.2: tls.connect({ ca: [intermediate] }) to a server presenting leaf + intermediate",
    how: "Fails with UNABLE_TO_GET_ISSUER_CERT; with the self-signed root instead it connects. Node does not set X509_V_FLAG_PARTIAL_CHAIN (nodejs/node#33705, #36453).",
  },
  flowsDocs: doc("https://docs.spacelift.io/flows/self-hosting/advanced-settings"),
  flowsChart: code(
    "spacelift-io/spacelift-helm-charts",
    "3acb1c3de88ef082f6309b703d3a90a0fb04362f",
    "spacelift-flows/templates/server-deployment.yaml",
  ),
  flowsMainModule: code(
    "spacelift-io/terraform-aws-eks-spacelift-flows-selfhosted",
    "42fc736a6810583536d52e786aa1fbe39f5f322f",
    "main.tf",
  ),
  agentUserData: code(
    "spacelift-io/terraform-aws-spacelift-flows-agentpool-ec2",
    "9e76c3594e38c222210bc34f75160ffb10ea5f2f",
    "user_data.tftpl",
  ),
  awsCliProxy: doc("https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-proxy.html"),
  awsCliEnv: doc("https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html"),
  dockerdProxy: doc("https://docs.docker.com/engine/daemon/proxy/"),
  dockerCertsD: doc("https://docs.docker.com/engine/security/certificates/"),
  eksNodeClass: doc(
    "https://docs.aws.amazon.com/eks/latest/userguide/create-node-class.html",
    "Read at awsdocs/amazon-eks-user-guide@0026c9df3e1fde9368f7832c14bc9b0e6c64285a:latest/ug/automode/create-node-class.adoc: spec.advancedNetworking.httpsProxy, spec.advancedNetworking.noProxy (at most 50 entries), spec.certificateBundles.",
  ),
  curlProxyEnv: doc("https://everything.curl.dev/usingcurl/proxies/env"),
  curlNoProxy: doc("https://curl.se/libcurl/c/CURLOPT_NOPROXY.html"),
  curlPartialChain: doc(
    "https://github.com/curl/curl/pull/4655",
    "curl 7.68.0 sets X509_V_FLAG_PARTIAL_CHAIN with OpenSSL (commit 94f1f771586913addf5c68f9219e176036c50115); CURLSSLOPT_NO_PARTIALCHAIN turns it off in libcurl, and the curl command line has no option for it. Measured: curl 7.88.1 --cacert intermediate.pem verifies a leaf + intermediate chain.",
  ),
  opensslVerify: {
    certainty: "measured",
    ref: "openssl 3.0.19: openssl verify -CAfile intermediate.pem -untrusted intermediate.pem leaf.pem",
    how: "error 2 at 1 depth lookup: unable to get issuer certificate; with -CAfile root.pem: OK. -partial_chain would accept the intermediate.",
  },
} as const satisfies Record<string, Source>;
