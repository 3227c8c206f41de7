/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and engine packages must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "deepl-node", "jsdom", "linkedom", "mammoth"],
  poweredByHeader: false,
  // Uploads are refused above 5 MB with a translated message; the transport limit sits above that.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};

export default nextConfig;
