// The EC2 agent module puts `custom_ca_certificates` into the instance's user data, which AWS
// caps at 16 KB; the module's own bootstrap script takes about 9.8 KB of it (shared/domain.md).
import { encodeCustomCaCertificates } from "../ca/custom-ca-value";

export const USER_DATA_LIMIT_BYTES = 16 * 1024;
export const AGENT_SCRIPT_BYTES = 9_800;
/** What is left for the value: about 6 KB, roughly two RSA roots. */
export const CA_VALUE_BUDGET_BYTES = 6 * 1024;

export interface ValueSize {
  bytes: number;
  tooLargeForEc2Agents: boolean;
  message: string | null;
}

export function customCaValueSize(pems: readonly string[], ec2Agents: boolean): ValueSize {
  const bytes = encodeCustomCaCertificates(pems).length;
  const tooLarge = ec2Agents && bytes > CA_VALUE_BUDGET_BYTES;
  return {
    bytes,
    tooLargeForEc2Agents: tooLarge,
    message: tooLarge
      ? `The custom_ca_certificates value is ${(bytes / 1024).toFixed(1)} KB, but the EC2 agent module's user data (16 KB, of which its own script takes about 9.8 KB) leaves room for about ${(CA_VALUE_BUDGET_BYTES / 1024).toFixed(1)} KB: the agents would not start. Keep only the roots the agents need (usually the TLS-inspecting proxy's root) for the agent pool module, or run the agents in Kubernetes with the agent chart, where the value goes into an environment variable instead.`
      : null,
  };
}
