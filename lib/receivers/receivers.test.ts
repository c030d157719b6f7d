// The receivers table: every fact has a source of a known kind, and the helpers answer from it.
import { describe, expect, it } from "vitest";
import {
  acceptsPartialChain,
  noProxyEntryKind,
  noProxyEntryUnderstood,
  receiver,
  receiverFacts,
  receiversOfCaSet,
  RECEIVERS,
  SOURCES,
  strictestReceiver,
} from ".";

const REF = /^(https:\/\/\S+|[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+|CPython \S+.*|(node|openssl) \d.*)$/;

describe("the receivers table", () => {
  it("names every program that reads the settings in a Flows install, once", () => {
    const ids = RECEIVERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "flows-services",
        "flows-agent",
        "runtime-containers",
        "agent-host-aws-cli",
        "agent-host-dockerd",
        "eks-node-runtime",
        "workstation-tofu",
        "workstation-aws",
        "workstation-helm",
        "workstation-kubectl",
        "workstation-docker",
        "workstation-curl",
      ]),
    );
  });

  it("ties every fact of every receiver to a source: a URL, a file at a commit, or a measurement", () => {
    for (const r of RECEIVERS)
      for (const [name, fact] of receiverFacts(r)) {
        const where = `${r.id}.${name}`;
        expect(fact.source.ref, where).toMatch(REF);
        if (fact.source.certainty === "measured" || fact.source.certainty === "inferred")
          expect(fact.source.how, `${where} says how`).toMatch(/\w{3}/);
      }
  });

  it("keeps its upstream files pinned at full commits", () => {
    for (const [name, source] of Object.entries(SOURCES))
      if (source.certainty === "read-in-code") expect(source.ref, name).toMatch(/@[0-9a-f]{40}:/);
  });

  it("never counts an unknown as a yes for a partial chain", () => {
    for (const r of RECEIVERS)
      if (r.runtime.value === "unknown") expect(acceptsPartialChain(r)).not.toBe("yes");
  });
});

describe("acceptsPartialChain and strictestReceiver", () => {
  it("says Go accepts an intermediate anchor, Node and not-known do not count as accepting", () => {
    expect(acceptsPartialChain(receiver("flows-agent"))).toBe("yes");
    expect(acceptsPartialChain(receiver("workstation-curl"))).toBe("yes");
    expect(acceptsPartialChain(receiver("runtime-containers"))).toBe("no");
    expect(acceptsPartialChain(receiver("flows-services"))).toBe("unknown");
  });

  it("picks a refusing receiver, then an unknown one, then any", () => {
    expect(strictestReceiver(receiversOfCaSet("agents"))?.id).toBe("runtime-containers");
    expect(strictestReceiver(receiversOfCaSet("services"))?.id).toBe("flows-services");
    expect(
      strictestReceiver([receiver("workstation-curl"), receiver("workstation-helm")])?.id,
    ).toBe("workstation-curl");
    expect(strictestReceiver([])).toBeNull();
  });
});

describe("noProxyEntryUnderstood", () => {
  it("classifies entries as the readers see them", () => {
    expect(
      [
        "*",
        "10.0.0.0/8",
        "fd00::/8",
        "::1",
        "[::1]:443",
        "a.com:8443",
        "10.1.2.3",
        "*.a.com",
        ".a.com",
        "a.com",
      ].map(noProxyEntryKind),
    ).toEqual([
      "all",
      "cidr",
      "cidr",
      "ipv6",
      "ipv6",
      "with-port",
      "ipv4",
      "wildcard-prefix",
      "leading-dot",
      "hostname",
    ]);
  });

  it("knows that Node's fetch and the AWS CLI ignore a CIDR that Go and curl honour", () => {
    const cidr = "172.20.0.0/16";
    expect(noProxyEntryUnderstood(receiver("flows-agent"), cidr)).toBe("yes");
    expect(noProxyEntryUnderstood(receiver("workstation-curl"), cidr)).toBe("yes");
    expect(noProxyEntryUnderstood(receiver("runtime-containers"), cidr)).toBe("no");
    expect(noProxyEntryUnderstood(receiver("agent-host-aws-cli"), cidr)).toBe("no");
    expect(noProxyEntryUnderstood(receiver("flows-services"), cidr)).toBe("unknown");
  });

  it("knows that curl and Python take *.x literally, while Go and undici read it as a suffix", () => {
    expect(noProxyEntryUnderstood(receiver("workstation-curl"), "*.corp.example")).toBe("no");
    expect(noProxyEntryUnderstood(receiver("workstation-aws"), "*.corp.example")).toBe("no");
    expect(noProxyEntryUnderstood(receiver("runtime-containers"), "*.corp.example")).toBe("yes");
    expect(noProxyEntryUnderstood(receiver("workstation-tofu"), "*.corp.example")).toBe("yes");
  });

  it("records that the AWS CLI on EC2 needs IMDS exempted, as AWS documents", () => {
    const cli = receiver("agent-host-aws-cli");
    expect(cli.proxyVariables.value.precedence).toContain("169.254.169.254");
    expect(cli.proxyVariables.source.ref).toBe(
      "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-proxy.html",
    );
    expect(noProxyEntryUnderstood(cli, "169.254.169.254")).toBe("yes");
  });
});
