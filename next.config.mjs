/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // Without a trailing slash, simple static servers answer /step with a directory listing.
  trailingSlash: true,
  // The image optimizer needs a server; a static export has none.
  images: { unoptimized: true },
  // Relative asset URLs are not supported by Next; a sub-path deploy sets BASE_PATH at build time.
  basePath: process.env.BASE_PATH || undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  // For profiling only (scripts/bench/profile.ts): SOURCE_MAPS=1 ships .map files beside the chunks.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === "1",
};

export default nextConfig;
