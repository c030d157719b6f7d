"use client";
// The Proxy step: outbound HTTP proxy URLs, who uses them, NO_PROXY and credentials handling.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { hasCredentials } from "@/lib/proxy/url";
import { NoProxyEditor } from "./no-proxy-editor";
import { ProxyCredentials } from "./proxy-credentials";
import { ProxyReceivers } from "./proxy-receivers";
import { ProxyUrlField } from "./proxy-url-field";

export function ProxyStep() {
  const { register, control } = useFormContext<ConfigInput>();
  const enabled = useWatch({ control, name: "proxy.enabled" }) ?? false;
  const httpProxy = useWatch({ control, name: "proxy.httpProxy" }) ?? "";
  const httpsProxy = useWatch({ control, name: "proxy.httpsProxy" }) ?? "";
  const withCredentials = hasCredentials(httpProxy) || hasCredentials(httpsProxy);
  return (
    <section aria-labelledby="proxy-step-title" className="space-y-6">
      <div>
        <h2 id="proxy-step-title" className="text-xl font-semibold">
          Outbound HTTP proxy
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          When the cluster reaches the internet only through a proxy, the Flows services and agents
          need HTTP_PROXY, HTTPS_PROXY and NO_PROXY.
        </p>
      </div>
      <div className="flex items-center gap-2">
        <input
          id="proxy-enabled"
          type="checkbox"
          className="h-4 w-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
          {...register("proxy.enabled")}
        />
        <label htmlFor="proxy-enabled" className="text-sm font-medium">
          Send outbound traffic through an HTTP proxy
        </label>
      </div>
      {enabled && (
        <div className="space-y-6">
          <ProxyUrlField
            name="proxy.httpProxy"
            label="HTTP proxy URL"
            placeholder="http://proxy.example.com:3128"
            hint="http:// or https://, the proxy's host and port. Credentials, if any: http://user:password@host:port."
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
