// The EC2 agent host's operating system, as far as the inject relies on it. The agent module's
// AMI (main.tf @9e76c35, data "aws_ami" "worker": name ^spacelift-\d{10}-x86_64$, owner
// 643313122712) is Spacelift's worker image, built by spacelift-io/spacelift-worker-image
// (aws.pkr.hcl, read 2026-12 at 073bb47: source AMI al2023-ami-minimal-*-kernel-6.1, then
// aws/scripts/docker.sh `dnf install -y docker` + `systemctl enable --now docker`).

/** Amazon Linux 2023 paths the inject writes. */
export const AGENT_HOST_PATHS = {
  /** AL2023 (ca-certificates, p11-kit): a PEM file here is trusted after `update-ca-trust extract`. */
  caAnchor: "/etc/pki/ca-trust/source/anchors/flows-agents-ca.pem",
  /** dockerd runs as the systemd unit docker.service: its drop-ins (Docker docs, daemon proxy). */
  dockerDropInDir: "/etc/systemd/system/docker.service.d",
} as const;

// Programs the inject calls, and why each is there: the module's own user data calls jq (to read
// its secret), aws and systemctl; base64 is coreutils; update-ca-trust comes with AL2023's
// ca-certificates package.
