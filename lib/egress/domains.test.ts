import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { egressDestinations, egressHosts } from "./destinations";
import { allowlistDomains, domainMatches, filterDomain, widenedHosts } from "./domains";

const moduleEcr = egressDestinations(
  installPlan(
    configSchema.parse({
      basics: { awsRegion: "eu-west-1", agents: { ec2: true, kubernetes: true } },
      network: { egress: { mirror: "module-ecr" } },
    }),
  ),
);

describe("name filter entries", () => {
  it("writes wildcards and the unknown account with a leading dot", () => {
    expect(filterDomain("*.s3.eu-west-1.amazonaws.com")).toBe(".s3.eu-west-1.amazonaws.com");
    expect(filterDomain("ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com")).toBe(
      ".dkr.ecr.eu-west-1.amazonaws.com",
    );
    expect(filterDomain("github.com")).toBe("github.com");
  });

  it("matches a leading-dot entry against the name and its subdomains only", () => {
    expect(domainMatches(".s3.x.amazonaws.com", "s3.x.amazonaws.com")).toBe(true);
    expect(domainMatches(".s3.x.amazonaws.com", "flows-1a2b.s3.x.amazonaws.com")).toBe(true);
    expect(domainMatches(".s3.x.amazonaws.com", "evils3.x.amazonaws.com")).toBe(false);
    expect(domainMatches("github.com", "api.github.com")).toBe(false);
  });

  it("lets every host of every row through, with no entry covered by another", () => {
    const domains = allowlistDomains(moduleEcr);
    for (const host of egressHosts(moduleEcr)) {
      const name = host.replace(/^\*\./, "x.").replace(/^ACCOUNT\./, "123456789012.");
      expect(domains.some((d) => domainMatches(d, name))).toBe(true);
    }
    for (const entry of domains)
      for (const other of domains)
        if (other !== entry) expect(domainMatches(other, entry.replace(/^\./, ""))).toBe(false);
    // The layer bucket and the regional endpoint fall under the bucket wildcard.
    expect(domains).toContain(".s3.eu-west-1.amazonaws.com");
    expect(domains).not.toContain("s3.eu-west-1.amazonaws.com");
    expect(domains).not.toContain(
      "prod-eu-west-1-starport-layer-bucket.s3.eu-west-1.amazonaws.com",
    );
  });

  it("names the hosts allowed more widely than written", () => {
    expect(widenedHosts(moduleEcr)).toEqual(["ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com"]);
  });
});
