import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { auth } from "./auth";
import { ROLES, type Actor } from "./actor";

const sessionUserSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  email: z.string(),
  // An unknown role in the database reads as the least one, never as more.
  role: z.enum(ROLES).catch("reader"),
});

/**
 * The signed-in person making this request, from the session cookie; null when signed out.
 * Cached per request, so a page and its metadata share one session lookup.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = sessionUserSchema.parse(session.user);
  return { id: user.id, name: user.name || user.email, role: user.role };
});
