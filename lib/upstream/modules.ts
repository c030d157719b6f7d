// The two Terraform modules as the generated main.tf uses them: every input with its type and
// whether it must be set, and every output with its type. Facts only, read from variables.tf
// and outputs.tf at the commits in sources.ts (MAIN_MODULE.readAt, AGENT_MODULE.readAt).
// Inputs the wizard never sets are listed too, so a typo in a generator is caught by the test.

/** Terraform types as the modules declare them; "any" where a variable has no `type`. */
export type TfType = "string" | "bool" | "number" | "list(string)" | "object" | "any";

export interface ModuleInput {
  type: TfType;
  /** No default: the caller must set it. */
  required: boolean;
  sensitive?: boolean;
  /** The upstream commit that added it, when it came after the module's first tag. */
  since?: string;
}

export interface ModuleOutput {
  type: TfType;
  sensitive?: boolean;
}

export interface ModuleContract {
  inputs: Readonly<Record<string, ModuleInput>>;
  outputs: Readonly<Record<string, ModuleOutput>>;
}

const req = (type: TfType, sensitive = false): ModuleInput => ({ type, required: true, sensitive });
const opt = (type: TfType, extra: Partial<ModuleInput> = {}): ModuleInput => ({
  type,
  required: false,
  ...extra,
});

/** terraform-aws-eks-spacelift-flows-selfhosted: variables.tf and outputs.tf. */
export const MAIN_MODULE_CONTRACT: ModuleContract = {
  inputs: {
    aws_region: opt("string"),
    license_token: req("string", true),
    app_domain: req("string"),
    k8s_namespace: opt("any"),
    s3_retain_on_destroy: opt("bool"),
    rds_delete_protection_enabled: opt("bool"),
    rds_cluster_configuration: opt("object"),
    opentelemetry_collector_endpoint: opt("string"),
    opentelemetry_environment: opt("string"),
    anthropic_api_key: opt("string", { sensitive: true }),
    email_dev_enabled: opt("bool"),
    organization_name: req("string"),
    admin_email: req("string"),
    server_port: opt("number"),
    smtp_host: opt("string"),
    smtp_port: opt("number"),
    smtp_username: opt("string"),
    smtp_password: opt("string", { sensitive: true }),
    smtp_from_address: opt("string"),
    database_connection_url: opt("string", { sensitive: true }),
    enable_database: opt("bool"),
    vpc_id: opt("string"),
    private_subnet_ids: opt("list(string)"),
    public_subnet_ids: opt("list(string)"),
    database_security_group_ids: opt("list(string)"),
    enable_eks_cluster: opt("bool"),
    enable_vpc: opt("bool"),
    eks_cluster_name: opt("any"),
    eks_cluster_version: opt("string"),
    smtp_from_name: opt("string"),
    smtp_encryption: opt("string"),
    cert_arn: opt("string"),
    enable_ses: opt("bool"),
    expose_gateway: opt("bool"),
    custom_ca_certificates: opt("string"),
    enable_ecr: opt("bool"),
    ecr_image_tag_mutability: opt("string"),
    ecr_scan_on_push: opt("bool"),
    ecr_force_delete: opt("bool"),
  },
  outputs: {
    config_secret_manifest: { type: "string", sensitive: true },
    agent_pool_secret_manifest: { type: "string", sensitive: true },
    ingress_manifest: { type: "string" },
    internal_ingress_manifest: { type: "string" },
    shell: { type: "string" },
    eks_cluster_name: { type: "string" },
    eks_cluster_endpoint: { type: "string" },
    eks_cluster_certificate_authority_data: { type: "string" },
    // Not marked sensitive upstream, but random_password's result is: a root output needs it.
    agent_pool_token: { type: "string", sensitive: true },
    agent_pool_id: { type: "string" },
    // "" and [] when the module does not create the VPC (enable_vpc = false).
    vpc_id: { type: "string" },
    vpc_private_subnet_ids: { type: "list(string)" },
    // "" when enable_ecr is false.
    ecr_repository_url: { type: "string" },
    ecr_repository_arn: { type: "string" },
    ecr_repository_name: { type: "string" },
    ecr_agent_repository_url: { type: "string" },
    ecr_agent_repository_arn: { type: "string" },
    ecr_agent_repository_name: { type: "string" },
  },
};

/** terraform-aws-spacelift-flows-agentpool-ec2: variables.tf and outputs.tf. */
export const AGENT_MODULE_CONTRACT: ModuleContract = {
  inputs: {
    name: opt("string", { since: "65da736" }),
    aws_region: opt("string"),
    backend_endpoint: req("string"),
    gateway_endpoint: req("string"),
    agent_instance_type: opt("string"),
    min_size: opt("number"),
    max_size: opt("number"),
    desired_capacity: opt("number"),
    ecr_repository_url: opt("string"),
    ecr_repository_arn: opt("string"),
    agent_pool_id: req("string"),
    agent_pool_token: req("string", true),
    reuse_vpc_id: opt("any"),
    reuse_vpc_subnet_ids: opt("list(string)"),
    agent_image_tag: opt("string"),
    agent_image_tag_ssm_param: opt("object"),
    flows_docker_runtime_image: opt("string"),
    custom_ca_certificates: opt("string"),
    http_proxy: opt("string"),
    custom_userdata_inject: opt("string", { since: "8ecbf12" }),
  },
  outputs: {
    autoscaling_group_name: { type: "string" },
    autoscaling_group_arn: { type: "string" },
    agent_pool_security_group_id: { type: "string" },
  },
};

/**
 * Inputs of the agent pool module that decide a `count` (network.tf: `count = var.reuse_vpc_id
 * == null ? 1 : 0`; main.tf: the SSM parameter): they must be known when tofu plans. Wired to an
 * output of a main module created in the same run, the plan fails ("Invalid count argument";
 * reproduced with terraform 1.11 and an unknown value), so the main module is applied first.
 */
export const AGENT_MODULE_PLAN_TIME_INPUTS = ["reuse_vpc_id", "agent_image_tag_ssm_param"] as const;

/** Defaults the generated files depend on (an image tag the mirrors must carry, names). */
export const MAIN_MODULE_FACTS = {
  /** modules/network/main.tf: the VPC the module creates. */
  vpcCidr: "10.0.0.0/16",
  /** main.tf: SANs of the certificate the module requests when cert_arn is null. */
  acmNames: (domain: string, exposeGateway: boolean) => [
    domain,
    `*.endpoints.${domain}`,
    `oauth.${domain}`,
    `mcp.${domain}`,
    ...(exposeGateway ? [`gateway.${domain}`] : []),
  ],
  /** outputs.tf: the Secrets its manifests create. */
  configSecretName: "spacelift-flows-secret",
  agentPoolSecretName: "spacelift-flows-agentpool",
  /** ingress.yaml.tftpl / internal_ingress.yaml.tftpl. */
  ingressClass: "spacelift-flows",
  ingressController: "eks.amazonaws.com/alb",
  ingressParamsApiGroup: "eks.amazonaws.com",
} as const;

export const AGENT_MODULE_FACTS = {
  /** network.tf: the VPC the module builds when reuse_vpc_id is null. */
  ownVpcCidr: "10.1.0.0/16",
  /** variables.tf default of ecr_repository_url. */
  defaultImageRepository: "public.ecr.aws/w5z2f6e8/spacelift-flows-agent",
  /** user_data.tftpl: the image is `${ecr_repository}:agent-${tag from SSM}`, tag default "latest". */
  agentImageTag: "agent-latest",
  /** variables.tf default `name` ("flows"), which names the resources. */
  name: "flows",
  /** main.tf: `${name}-agent-pool` and `/${name}/agent-pool/ImageTag`, `${name}-agent-pool-credentials`. */
  autoscalingGroupName: "flows-agent-pool",
  imageTagParameter: "/flows/agent-pool/ImageTag",
  credentialsSecretName: "flows-agent-pool-credentials",
  /** user_data.tftpl: where the agent host logs, and the CloudWatch group it ships them to. */
  hostLogs: "/var/log/spacelift/*.log",
  logGroup: "/aws/ec2/flows-agent",
} as const;
