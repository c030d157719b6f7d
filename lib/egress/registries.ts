// The hosts a container runtime contacts to pull an image, by registry. Image pulls are made by
// the node's container runtime (containerd on EKS nodes, Docker on EC2 agent hosts), which
// does not read the pods' HTTP_PROXY.

export interface RegistryHosts {
  /** The registry as a person names it. */
  registry: string;
  hosts: string[];
  /** Where the host list comes from, when it is not simply the registry's own name. */
  note?: string;
}

/** The registry part of an image reference, as Docker reads it (no dot, colon or localhost: Docker Hub). */
export function imageRegistry(image: string): string {
  const slash = image.indexOf("/");
  const first = slash < 0 ? "" : image.slice(0, slash);
  if (first !== "" && (first.includes(".") || first.includes(":") || first === "localhost"))
    return first;
  return "docker.io";
}

// The account is ACCOUNT for the mirrors the main module creates (config/derive.ts names them so
// until `tofu apply` makes them).
const PRIVATE_ECR = /^(\d{12}|ACCOUNT)\.dkr\.ecr(-fips)?\.([a-z0-9-]+)\.amazonaws\.com$/;

/** Hosts to allow for pulls from the image's registry (port 443 unless the registry names one). */
export function registryHosts(image: string): RegistryHosts {
  const registry = imageRegistry(image);
  if (registry === "docker.io")
    return {
      registry: "Docker Hub",
      hosts: [
        "registry-1.docker.io",
        "auth.docker.io",
        "production.cloudflare.docker.com",
        "docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com",
      ],
      note: "Layer hosts as Docker's allowlist page names them; Docker changes them from time to time.",
    };
  if (registry === "public.ecr.aws")
    return {
      registry: "Amazon ECR Public",
      hosts: ["public.ecr.aws", "d2glxqk2uabbnd.cloudfront.net", "d5l0dvt14r5h8.cloudfront.net"],
      note: "Layers come from CloudFront; these two distributions are observed (and listed by EKS Anywhere), not promised by AWS.",
    };
  const ecr = PRIVATE_ECR.exec(registry);
  if (ecr) {
    const region = ecr[3] ?? "";
    const placeholder = ecr[1] === "ACCOUNT";
    return {
      registry: "Amazon ECR (private)",
      hosts: [
        registry,
        `api.ecr.${region}.amazonaws.com`,
        `prod-${region}-starport-layer-bucket.s3.${region}.amazonaws.com`,
      ],
      note:
        (placeholder
          ? "ACCOUNT is the AWS account the main module runs in: tofu output ecr_repository_url shows the registry. "
          : "") +
        "With ECR VPC endpoints (ecr.api, ecr.dkr and the S3 gateway) these stay inside the VPC.",
    };
  }
  const host = registry.replace(/:\d+$/, "");
  return { registry: host, hosts: [host] };
}

/** The port a registry listens on: the one in its name, else 443. */
export function registryPort(image: string): number {
  const match = /:(\d+)$/.exec(imageRegistry(image));
  return match ? Number(match[1]) : 443;
}
