// The restricted-egress allowlist in four forms, only when the configuration restricts egress.
import type { InstallPlan } from "../plan/install-plan";
import { egressAwsRules } from "../egress/aws-rules";
import { egressSquid } from "../egress/squid";
import { egressCsv, egressMarkdown } from "../egress/table";
import type { GeneratedFile } from "./types";

export function egressFiles(install: InstallPlan): GeneratedFile[] {
  const { config } = install;
  if (!config.network.egress.restricted) return [];
  const destinations = install.egress;
  return [
    {
      path: "egress-allowlist.md",
      language: "markdown",
      description: "The outbound destinations of this install: what to allow, and why.",
      contents: egressMarkdown(destinations, config.proxy.enabled),
    },
    {
      path: "egress-allowlist.csv",
      language: "csv",
      description:
        "The same allowlist, one row per host name or IP range, for tickets and spreadsheets.",
      contents: egressCsv(destinations),
    },
    {
      path: "egress-allowlist.squid.conf",
      language: "text",
      description: "Squid ACLs that allow the destinations; paste above http_access deny all.",
      contents: egressSquid(destinations),
    },
    {
      path: "egress-allowlist.aws.tf",
      language: "hcl",
      description:
        "Security-group egress rules for the IP ranges and an AWS Network Firewall domain allowlist.",
      contents: egressAwsRules(destinations),
    },
  ];
}
