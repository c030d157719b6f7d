import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Spacelift Flows: advanced settings wizard",
  description:
    "Private VPC ingress, outbound HTTP proxy and custom CA certificates for Spacelift Flows self-hosted on AWS EKS. Runs entirely in your browser.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Only the page's own origin: no analytics, fonts or scripts from elsewhere. Next's static export
// inlines bootstrap scripts, hence 'unsafe-inline' for scripts (no nonce without a server).
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

// Before first paint: applies the saved or system theme, so dark mode never flashes, and marks a
// link to another step, so the static first screen does not show the Start step's text for it.
const THEME_SCRIPT = `try{var t=localStorage.getItem("flows-wizard-theme");if(t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}try{var s=new URLSearchParams(location.search).get("step");if(s&&s!=="start")document.documentElement.setAttribute("data-deep-step","")}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
