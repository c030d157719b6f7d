// The part of verify.sh about agents on EC2: kubectl cannot see them, so it reads their auto
// scaling group with the aws CLI (describe calls only) and says where their logs are.
import type { InstallPlan } from "../../plan/install-plan";
import { AGENT_MODULE_FACTS } from "../../upstream/modules";
import { AGENT_MODULE_NAME } from "../../plan/names";
import { q, words } from "./verify-sh-words";

/**
 * Agents on EC2 are out of kubectl's sight: read their auto scaling group with the aws CLI
 * (read-only calls), and say where their logs are when none is in service.
 */
export function ec2AgentChecks(install: InstallPlan): string[] {
  const { config } = install;
  if (!config.basics.agents.ec2) return [];
  const region = config.basics.awsRegion;
  const group = AGENT_MODULE_FACTS.autoscalingGroupName;
  const activities = `aws autoscaling describe-scaling-activities --auto-scaling-group-name ${group} --region ${region}`;
  const hint = [
    `When agents do not register, look on a host (Session Manager: aws ssm start-session --target INSTANCE_ID) at ${AGENT_MODULE_FACTS.hostLogs};`,
    `in CloudWatch at the log group ${AGENT_MODULE_FACTS.logGroup} (aws logs tail ${AGENT_MODULE_FACTS.logGroup} --since 1h --region ${region});`,
    `and at instance churn (${activities}): a host that fails to start powers off and is replaced.`,
  ].join(" ");
  return [
    "",
    `# 5. Agents on EC2 (kubectl cannot see them): the auto scaling group ${group}, read-only.`,
    `EC2_HINT=${q(hint)}`,
    "if ! command -v aws >/dev/null 2>&1; then",
    `  skip ${words("agents on EC2: the aws CLI is not installed. ", "$EC2_HINT")}`,
    `elif ! GROUP_JSON=$(AWS_PAGER='' aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ${q(group)} --region ${q(region)} --output json 2>/dev/null); then`,
    `  skip ${words(`agents on EC2: cannot read the auto scaling group ${group} (AWS credentials?). `, "$EC2_HINT")}`,
    "else",
    '  DESIRED=$(jq -r \'.AutoScalingGroups[0].DesiredCapacity // "none"\' <<<"$GROUP_JSON")',
    '  IN_SERVICE=$(jq -r \'[.AutoScalingGroups[0].Instances[]? | select(.LifecycleState == "InService")] | length\' <<<"$GROUP_JSON")',
    '  if [ "$DESIRED" = "none" ]; then',
    `    fail ${q(`agents on EC2: auto scaling group ${group} found in ${region}`)} ${q(`tofu apply creates it (module ${AGENT_MODULE_NAME}); check that the AWS CLI uses the install's account.`)}`,
    '  elif [ "$DESIRED" = "0" ]; then',
    `    skip ${q(`agents on EC2: the auto scaling group ${group} wants no hosts (desired capacity 0)`)}`,
    '  elif [ "$IN_SERVICE" -gt 0 ]; then',
    `    pass ${words("agents on EC2: ", "$IN_SERVICE", ` host(s) of ${group} in service (their agent started; registration shows in Flows)`)}`,
    "  else",
    `    fail ${q(`agents on EC2: no host in ${group} is in service`)} "$EC2_HINT"`,
    "  fi",
    `  ACTIVITIES=$(AWS_PAGER='' aws autoscaling describe-scaling-activities --auto-scaling-group-name ${q(group)} --region ${q(region)} --max-items 5 --output json 2>/dev/null | jq -r '.Activities[]? | "\\(.StatusCode): \\(.Description)"' || true)`,
    "  while IFS= read -r activity; do",
    '    if [ -n "$activity" ]; then info "agents on EC2, recent scaling activity: $activity"; fi',
    '  done <<<"$ACTIVITIES"',
    "fi",
  ];
}
