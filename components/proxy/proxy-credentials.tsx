"use client";
// Where proxy credentials go: a Kubernetes Secret (default) or the values files in plain text.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";

const MODES = [
  {
    value: "secret",
    label: "Kubernetes Secret (recommended)",
    hint: "The values files reference the Secret (valueFrom.secretKeyRef); install.sh creates it from a variable or a prompt, and no password is written into the bundle. EC2 agents still get the URL through Terraform: the password reaches its state and the hosts' user data.",
  },
  {
    value: "plain",
    label: "Plain values",
    hint: "The full URL, password included, goes into the values files and the Terraform variables.",
  },
] as const;

export function ProxyCredentials({ hasCredentials }: { hasCredentials: boolean }) {
  const { control } = useFormContext<ConfigInput>();
  const mode = useWatch({ control, name: "proxy.credentials" }) ?? "secret";
  return (
    <div className="space-y-3">
      <RadioGroup
        name="proxy.credentials"
        legend="Proxy credentials"
        hint={
          hasCredentials
            ? "A password in a proxy URL is a secret: choose where it goes."
            : "The proxy URLs carry no user name or password: this applies only if you add some."
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
        <Notice tone="warning" title="The proxy password will be readable" role="alert">
          Anyone who can read the bundle, the Helm release (helm get values) or the Terraform state
          can read it. Use this only for a proxy account that is not a secret.
        </Notice>
      )}
    </div>
  );
}
