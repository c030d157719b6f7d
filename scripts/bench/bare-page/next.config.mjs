// The framework floor: the smallest client page Next.js exports, built with the wizard's own
// next/react versions (resolved from the repository's node_modules) and the same export settings.
// check-budget.mjs builds it from a copy under .next/ into node_modules/.cache/bench-bare-page/.

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: process.env.BARE_PAGE_DIST_DIR || "../../../node_modules/.cache/bench-bare-page",
};

export default nextConfig;
