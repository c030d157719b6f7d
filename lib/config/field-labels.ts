// The person-facing name of each field, as its step labels it, for notes that point at a field
// from elsewhere ("the preview waits for the HTTP proxy URL").

const LABELS: Record<string, string> = {
  "basics.appDomain": "App domain",
  "basics.namespace": "Kubernetes namespace",
  "basics.releaseName": "Helm release name",
  "basics.awsRegion": "AWS region",
  "network.vpc.id": "VPC id",
  "network.vpc.privateSubnetIds": "Private subnet ids",
  "network.vpc.publicSubnetIds": "Public subnet ids",
  "network.cluster.mode": "Which EKS cluster",
  "network.cluster.name": "EKS cluster name",
  "network.cluster.databaseSecurityGroupIds": "Database security group ids",
  "network.tls.certArn": "Certificate ARN",
  "network.egress.runtimeImage": "JavaScript runtime image",
  "network.egress.backendImageRepository": "Backend image mirror",
  "network.egress.agentImageRepository": "Agent image mirror",
  "proxy.httpProxy": "HTTP proxy URL",
  "proxy.httpsProxy": "HTTPS proxy URL",
  "proxy.httpUser": "Proxy user name",
  "proxy.httpsUser": "HTTPS proxy user name",
  "proxy.secretName": "Secret name",
  "proxy.vpcCidr": "VPC CIDR",
  "proxy.noProxy": "NO_PROXY",
  "versions.mainModuleRef": "Main module ref",
  "versions.agentModuleRef": "Agent pool module ref",
  "versions.flowsChartVersion": "spacelift-flows chart version",
  "versions.agentChartVersion": "spacelift-flows-agent chart version",
  certificates: "CA certificates",
  tlsChecks: "TLS checks",
};

const LIST_ITEMS: Record<string, string> = {
  "proxy.noProxy": "NO_PROXY entry",
  certificates: "Certificate",
  tlsChecks: "TLS check",
};

/** "proxy.httpProxy" → "HTTP proxy URL"; "certificates.2.label" → "Certificate 3". */
export function fieldLabel(path: string): string {
  if (LABELS[path]) return LABELS[path];
  const match = /^(.*?)\.(\d+)(?:\.|$)/.exec(path);
  if (match && LIST_ITEMS[match[1]!]) return `${LIST_ITEMS[match[1]!]} ${Number(match[2]) + 1}`;
  const last = path.split(".").findLast((key) => !/^\d+$/.test(key)) ?? path;
  const words = last.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
