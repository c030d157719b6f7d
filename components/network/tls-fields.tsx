"use client";
// The load balancer's certificate: requested by the module (public DNS validation) or an
// existing ACM certificate (cert_arn), which a domain in private DNS needs.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { RadioGroup } from "@/components/ui/radio-group";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";

const SOURCES = [
  {
    value: "request",
    label: "The module requests a public ACM certificate",
    hint: "DNS validation: you add the CNAME records ACM asks for in the domain's public DNS after tofu apply.",
  },
  {
    value: "existing",
    label: "An existing ACM certificate",
    hint: "Imported from your CA, or issued by ACM Private CA, in the install's region (cert_arn).",
  },
] as const;

export function TlsFields() {
  const { control } = useFormContext<ConfigInput>();
  const source = useWatch({ control, name: "network.tls.certificate" });
  return (
    <div className="space-y-4">
      <RadioGroup
        name="network.tls.certificate"
        legend="Load balancer certificate"
        hint="A domain that exists only in private DNS can never pass public DNS validation: use an existing certificate."
        options={SOURCES}
      />
      {source === "existing" ? (
        <div className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          <TextField
            name="network.tls.certArn"
            label="Certificate ARN"
            hint="It must cover the domain, *.endpoints., oauth., mcp. and gateway. of it. If your corporate CA issued it, add that CA in the Certificates step too: the agents must trust the load balancer."
            placeholder="arn:aws:acm:eu-central-1:123456789012:certificate/…"
            monospace
          />
        </div>
      ) : (
        <CheckboxField
          name="network.tls.privateDns"
          label="The domain exists only in private DNS"
          hint="Review then warns until an existing certificate is chosen."
        />
      )}
    </div>
  );
}
