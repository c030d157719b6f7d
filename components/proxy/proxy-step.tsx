"use client";
// The Proxy step: outbound HTTP proxy URLs, who uses them, NO_PROXY and credentials handling.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { CredentialNotes } from "./credential-notes";
import { NoProxyEditor } from "./no-proxy-editor";
import { ProxyCredentials } from "./proxy-credentials";
import { ProxyReceivers } from "./proxy-receivers";
import { ProxyUrlField } from "./proxy-url-field";

export function ProxyStep() {
  const { control } = useFormContext<ConfigInput>();
  const enabled = useWatch({ control, name: "proxy.enabled" }) ?? false;
  const httpsProxy = useWatch({ control, name: "proxy.httpsProxy" }) ?? "";
  const httpUser = useWatch({ control, name: "proxy.httpUser" }) ?? "";
  const httpsUser = useWatch({ control, name: "proxy.httpsUser" }) ?? "";
  const separateHttps = httpsProxy.trim() !== "";
  const withCredentials = httpUser.trim() !== "" || (separateHttps && httpsUser.trim() !== "");
  return (
    <section aria-labelledby="proxy-step-title" className="space-y-6">
      <div className="space-y-1">
        <h2 id="proxy-step-title" className="text-xl font-semibold">
          Proxy
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          When the cluster reaches the internet only through an HTTP proxy, the Flows services and
          agents need HTTP_PROXY, HTTPS_PROXY and NO_PROXY.
        </p>
      </div>
      <CheckboxField
        name="proxy.enabled"
        label="Send outbound traffic through an HTTP proxy"
        hint="Sets the proxy variables on the services and agents you choose below."
      />
      {enabled && (
        <div className="space-y-6 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          <ProxyUrlField
            name="proxy.httpProxy"
            label="HTTP proxy URL"
            placeholder="http://proxy.example.com:3128"
            hint="http:// or https://, the proxy's host and port. Pasting http://user:password@host:port works: the user name and password move to their own fields."
          />
          <TextField
            name="proxy.httpUser"
            label="Proxy user name (optional)"
            hint="Not a secret: kept in the draft, the share link and wizard-config.json. The password is asked for separately."
            placeholder="svc-flows"
          >
            <CredentialNotes name="proxy.httpUser" kind="user name" />
          </TextField>
          <ProxyUrlField
            name="proxy.httpsProxy"
            label="HTTPS proxy URL (optional)"
            placeholder="same as the HTTP proxy"
            optional
            hint="Leave empty to use the HTTP proxy (and its user name) for HTTPS too, as most corporate proxies expect."
          />
          {separateHttps && (
            <TextField
              name="proxy.httpsUser"
              label="HTTPS proxy user name (optional)"
              hint="The user name for the HTTPS proxy, when it wants one."
            >
              <CredentialNotes name="proxy.httpsUser" kind="user name" />
            </TextField>
          )}
          <CheckboxField
            name="proxy.tlsInspection"
            label="The proxy inspects TLS"
            hint="It opens HTTPS and re-signs it with its own CA: that root must be added in the Certificates step, or every HTTPS call through the proxy fails verification."
          />
          <CheckboxField
            name="proxy.workstation"
            label="The machine that runs install.sh is behind the proxy too"
            hint="install.sh then exports HTTPS_PROXY, HTTP_PROXY and NO_PROXY (both cases) for tofu, aws, helm and kubectl, keeps the cluster's API (*.REGION.eks.amazonaws.com) out of the proxy, and points AWS_CA_BUNDLE, SSL_CERT_FILE and CURL_CA_BUNDLE at this machine's roots plus the uploaded CA certificates; preflight.sh checks the tools the same way. docker's pulls and pushes are made by its daemon, which needs its own proxy setting."
          />
          <ProxyReceivers />
          <NoProxyEditor />
          <ProxyCredentials hasCredentials={withCredentials} separateHttps={separateHttps} />
        </div>
      )}
    </section>
  );
}
