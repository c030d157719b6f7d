"use client";
// The Proxy step: outbound HTTP proxy URLs, who uses them, NO_PROXY and credentials handling.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { hasCredentials } from "@/lib/proxy/url";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { NoProxyEditor } from "./no-proxy-editor";
import { ProxyCredentials } from "./proxy-credentials";
import { ProxyReceivers } from "./proxy-receivers";
import { ProxyUrlField } from "./proxy-url-field";

export function ProxyStep() {
  const { control } = useFormContext<ConfigInput>();
  const enabled = useWatch({ control, name: "proxy.enabled" }) ?? false;
  const httpProxy = useWatch({ control, name: "proxy.httpProxy" }) ?? "";
  const httpsProxy = useWatch({ control, name: "proxy.httpsProxy" }) ?? "";
  const withCredentials = hasCredentials(httpProxy) || hasCredentials(httpsProxy);
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
            hint="http:// or https://, the proxy's host and port. With credentials: http://user:password@host:port."
          />
          <ProxyUrlField
            name="proxy.httpsProxy"
            label="HTTPS proxy URL (optional)"
            placeholder="same as the HTTP proxy"
            optional
            hint="Leave empty to use the HTTP proxy URL for HTTPS too, as most corporate proxies expect."
          />
          <ProxyReceivers />
          <NoProxyEditor />
          <ProxyCredentials hasCredentials={withCredentials} />
        </div>
      )}
    </section>
  );
}
