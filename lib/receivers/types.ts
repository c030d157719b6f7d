// The shape of a fact about a program that reads the proxy, NO_PROXY and CA settings: every
// value carries where it comes from, and how sure it is.

/** How a fact is known. */
export type Certainty =
  /** The program's own documentation says so. */
  | "documented"
  /** Read in the program's source, at a commit. */
  | "read-in-code"
  /** Run here and observed (the `how` says what ran). */
  | "measured"
  /** Not stated anywhere public: reasoned from what is (the `how` says from what). */
  | "inferred";

export interface Source {
  certainty: Certainty;
  /** A documentation URL, or `owner/repo@commit:path`, or the command that measured it. */
  ref: string;
  /** For measured and inferred facts: how. */
  how?: string;
}

export interface Fact<T> {
  value: T;
  source: Source;
}

/** Yes, no, or not known: an unknown never counts as yes. */
export type Tri = "yes" | "no" | "unknown";

/** The kinds of NO_PROXY entries that readers disagree on. */
export type NoProxyEntryKind =
  | "all" // `*`
  | "hostname" // example.com (and its subdomains, for most readers)
  | "leading-dot" // .example.com
  | "wildcard-prefix" // *.example.com
  | "ipv4" // 10.0.0.1
  | "ipv6" // ::1 or [::1]
  | "cidr" // 10.0.0.0/8
  | "with-port"; // example.com:8443

export type ReceiverId =
  | "flows-services"
  | "flows-agent"
  | "runtime-containers"
  | "agent-host-aws-cli"
  | "agent-host-dockerd"
  | "eks-node-runtime"
  | "workstation-tofu"
  | "workstation-aws"
  | "workstation-helm"
  | "workstation-kubectl"
  | "workstation-docker"
  | "workstation-curl";

/** Where the program runs. */
export type ReceiverPlace = "cluster" | "agent-host" | "eks-nodes" | "workstation";

/** What a program is written in, as far as its TLS and proxy code goes. */
export type Runtime = "go" | "node" | "python" | "c" | "unknown";

export interface Receiver {
  id: ReceiverId;
  /** As a sentence names it: "the Node runtime containers". */
  name: string;
  /** As a verdict line names it, with what decides its rules: "Node runtimes". */
  short: string;
  place: ReceiverPlace;
  runtime: Fact<Runtime>;
  /** The proxy variables it reads, and which wins when both cases are set. */
  proxyVariables: Fact<{ reads: string[]; precedence: string }>;
  /** Which NO_PROXY entry kinds it understands. */
  noProxy: Fact<Record<NoProxyEntryKind, Tri>>;
  /** Where its CA trust comes from. */
  caTrust: Fact<string>;
  /** Whether a CA certificate that is not self-signed (an intermediate) can end a path. */
  partialChain: Fact<Tri>;
}
