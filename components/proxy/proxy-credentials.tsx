"use client";
// Where the proxy password goes. Kubernetes Secret (default): the page never holds it, install.sh
// asks for it. Plain values: typed here, kept in the page's memory only (never in the draft, a
// link or wizard-config.json), and written into the values files and tfvars.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { PLAIN_VALUES_WARNING } from "@/lib/proxy/credentials";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { CredentialNotes } from "./credential-notes";

const MODES = [
  {
    value: "secret",
    label: "Kubernetes Secret (recommended)",
    hint: "The page never asks for the password: install.sh reads it at install time (a prompt, or FLOWS_PROXY_PASSWORD) and puts it in a Kubernetes Secret the values files reference.",
  },
  {
    value: "plain",
    label: "Plain values",
    hint: "You type the password here; the full URL, password included, goes into the values files and the Terraform variables.",
  },
] as const;

export function ProxyCredentials({
  hasCredentials,
  separateHttps,
}: {
  hasCredentials: boolean;
  separateHttps: boolean;
}) {
  const { control } = useFormContext<ConfigInput>();
  const mode = useWatch({ control, name: "proxy.credentials" }) ?? "secret";
  const ec2 = useWatch({ control, name: "basics.agents.ec2" }) ?? true;
  const ec2Receives = useWatch({ control, name: "proxy.receivers.ec2Agents" }) ?? true;
  const httpsUser = useWatch({ control, name: "proxy.httpsUser" }) ?? "";
  return (
    <div className="space-y-3">
      <RadioGroup
        name="proxy.credentials"
        legend="Proxy password"
        hint={
          hasCredentials
            ? "A proxy password is a secret: choose where it goes."
            : "No proxy user name is set: this applies only if you add one."
        }
        options={MODES}
      />
      {mode === "secret" && (
        <TextField
          name="proxy.secretName"
          label="Secret name"
          hint="The Kubernetes Secret in the install's namespace that holds HTTP_PROXY and HTTPS_PROXY."
        />
      )}
      {mode === "plain" && hasCredentials && (
        <>
          <TextField
            name="proxy.httpPassword"
            label="Proxy password"
            hint="Kept in this page's memory only: never in the saved draft, a share link or wizard-config.json. After a reload, type it again."
            password
          >
            <CredentialNotes name="proxy.httpPassword" kind="password" />
          </TextField>
          {separateHttps && httpsUser.trim() !== "" && (
            <TextField
              name="proxy.httpsPassword"
              label="HTTPS proxy password"
              hint="The same, for the HTTPS proxy."
              password
            >
              <CredentialNotes name="proxy.httpsPassword" kind="password" />
            </TextField>
          )}
          <Notice tone="warning" title={PLAIN_VALUES_WARNING.title} role="alert">
            {PLAIN_VALUES_WARNING.body}
          </Notice>
        </>
      )}
      {hasCredentials && ec2 && ec2Receives && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Where the password ends up: in the Kubernetes Secret (or the values files) for the Flows
          services; for agents on EC2, in the Terraform state and the hosts&apos; user data, because
          the agent pool module takes the whole URL. Prefer a proxy account limited to this use, or
          IP-based proxy authentication for the agent hosts.
        </p>
      )}
    </div>
  );
}
