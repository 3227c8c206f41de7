/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and engine packages must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "deepl-node", "jsdom", "linkedom", "mammoth"],
  poweredByHeader: false,
  // Uploads are refused above 5 MB with a translated message; the transport limit sits above that.
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    // The stylesheet travels inside the HTML: a streamed page paints its first rows without waiting for a
    // second request that a server busy rendering the rest of a long document would answer late.
    inlineCss: true,
  },
};

export default nextConfig;
