// The EC2 agent module's user data (user_data.tftpl at AGENT_MODULE.readAt), as numbers and the
// order of the lines around `custom_userdata_inject`. Measured by rendering the template with
// `terraform console` (templatefile), one variable at a time: facts, not the template itself.

/** AWS caps EC2 user data at 16 KB (before base64). */
export const USER_DATA_LIMIT_BYTES = 16 * 1024;

/** Rendered length with every string variable "" and every optional variable null. */
export const USER_DATA_BASE_BYTES = 9_489;

/** Bytes each string variable adds per byte of its value (how often the template writes it). */
export const USER_DATA_REPEATS = {
  region: 7,
  gateway_endpoint: 1,
  backend_endpoint: 1,
  credentials_secret_id: 1,
  ecr_repository: 1,
  image_tag_ssm_param: 1,
} as const;

/** Optional variables: the bytes their lines add when set, plus `repeats` × the value's length. */
export const USER_DATA_OPTIONAL = {
  flows_docker_runtime_image: { fixed: 70, repeats: 2 },
  custom_ca_certificates: { fixed: 36, repeats: 1 },
  // `export HTTP_PROXY=URL`, and `-e HTTP_PROXY=URL -e HTTPS_PROXY=URL` in FLOWS_DOCKER_EXTRA_PARAMS.
  http_proxy: { fixed: 76, repeats: 3 },
  custom_userdata_inject: { fixed: 3, repeats: 1 },
} as const;

/**
 * With ecr_repository_arn set, the private-ECR login replaces the public one: `fixed` bytes, the
 * repository URL once more (`repeats`) and the region once more (`regionRepeats`: the login line
 * writes `--region "${region}"`, the eighth time the template writes it; USER_DATA_REPEATS
 * counts the seven outside that branch).
 */
export const USER_DATA_PRIVATE_ECR = { fixed: -64, repeats: 1, regionRepeats: 1 } as const;

/**
 * What the template does around the inject, in order (each inside `run_agent() {( set -e … )}`):
 * - before any proxy variable exists: IMDS (curl 169.254.169.254), `aws autoscaling
 *   describe-auto-scaling-instances`, the CloudWatch agent, `aws ecr-public get-login-password
 *   --region us-east-1` (or `aws ecr get-login-password` for a private ECR), `aws secretsmanager
 *   get-secret-value`, `aws ssm get-parameter`, `docker pull` of the agent image;
 * - `export HTTP_PROXY=${http_proxy}` and `export FLOWS_ADDITIONAL_ROOT_CAS=${custom_ca_certificates}`,
 *   both unquoted;
 * - `export FLOWS_DOCKER_EXTRA_PARAMS="--runtime=runsc --cap-drop=ALL --security-opt
 *   no-new-privileges  -e HTTP_PROXY=URL -e HTTPS_PROXY=URL -e NODE_USE_ENV_PROXY=1"`;
 * - two spaces, then the inject verbatim (Terraform does not evaluate templates inside it);
 * - the agent starts in the background, then `aws autoscaling complete-lifecycle-action` and a
 *   loop of `aws autoscaling describe-auto-scaling-instances`: these run with the inject's
 *   variables, so the autoscaling endpoint must stay out of the proxy as the earlier calls are.
 */
export const USER_DATA_DOCKER_BASE_PARAMS =
  "--runtime=runsc --cap-drop=ALL --security-opt no-new-privileges";
