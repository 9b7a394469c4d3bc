// The demo accounts `npm start` and the end-to-end tests create, one per role. Plain data,
// shared with the e2e helpers, which cannot import server modules.
import type { Role } from "@/lib/auth/actor";

export const DEMO_PASSWORD = "triangulate-demo";

export const DEMO_USERS: { role: Role; name: string; email: string }[] = [
  { role: "reader", name: "Rhea Reader", email: "reader@triangulate.test" },
  { role: "journalist", name: "Jon Journalist", email: "journalist@triangulate.test" },
  { role: "editor", name: "Edie Editor", email: "editor@triangulate.test" },
  { role: "admin", name: "Ada Admin", email: "admin@triangulate.test" },
];
