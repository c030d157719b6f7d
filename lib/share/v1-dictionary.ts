// The preset deflate dictionary of link format 1. FROZEN with the format: changing one byte
// makes every released v1 link unreadable. It holds what most links repeat (the JSON keys in
// the order the schema writes them, common values, common X.509 DER fragments), so a typical
// link compresses to a few dozen bytes. Later formats may define their own.

const DER_FRAGMENTS = [
  // sha256WithRSAEncryption, rsaEncryption, ecPublicKey + P-256, ecdsa-with-SHA256
  "06092a864886f70d01010b0500",
  "06092a864886f70d0101010500",
  "06072a8648ce3d020106082a8648ce3d030107",
  "06082a8648ce3d040302",
  // commonName, organizationName, countryName, basicConstraints CA:TRUE, key usage, SKI, AKI
  "0603550403",
  "060355040a",
  "0603550406",
  "0603551d130101ff040530030101ff",
  "0603551d0f0101ff040403020106",
  "0603551d0e04160414",
  "0603551d23041830168014",
];

const JSON_TEXT =
  '"k":0,"s":["proxy.httpsProxy"],"l":["Root CA","Proxy CA"],' +
  ".dkr.ecr.eu-central-1.amazonaws.com/,public.ecr.aws/w5z2f6e8/spacelift-flows-agent," +
  'registry.,.corp.,.internal",".local",".svc","10.0.0.0/8","169.254.169.254",' +
  '{"d":{"basics":{"appDomain":"flows.","namespace":"spacelift-flows","releaseName":"flows",' +
  '"awsRegion":"us-east-1","agents":{"ec2":false,"kubernetes":true}},' +
  '"network":{"ingressScheme":"internal","vpcChecklist":{"privateSubnetsWithNat":true,' +
  '"securityGroups":true,"privateAccess":true},"egress":{"restricted":true,"runtimeImage":"",' +
  '"backendImageRepository":"","agentImageRepository":""}},"proxy":{"enabled":true,' +
  '"httpProxy":"http://proxy.example.com:3128","httpsProxy":"http://","noProxy":["localhost",' +
  '"127.0.0.1",".cluster.local",".svc","169.254.169.254"],"receivers":{"worker":false,' +
  '"gateway":false,"server":false,"ec2Agents":false,"kubernetesAgents":false},' +
  '"credentials":"plain","secretName":"spacelift-flows-proxy"}},"l":["';

function hexToBytes(hex: string): number[] {
  return Array.from({ length: hex.length / 2 }, (_, i) =>
    parseInt(hex.slice(i * 2, i * 2 + 2), 16),
  );
}

export const V1_DICTIONARY = Uint8Array.from([
  ...DER_FRAGMENTS.flatMap(hexToBytes),
  ...new TextEncoder().encode(JSON_TEXT),
]);
