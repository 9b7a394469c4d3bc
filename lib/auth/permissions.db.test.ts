import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeRole } from "@/lib/people/change-role";
import { createPerson } from "@/lib/people/create-person";
import { addReports } from "@/lib/reports/add-reports";
import { deleteReport } from "@/lib/reports/delete-report";
import { updateReport } from "@/lib/reports/update-report";
import { addComment } from "@/lib/review/add-comment";
import { setClusterStatus } from "@/lib/review/set-cluster-status";
import { contradictedStory } from "@/lib/review/__fixtures__/test-story";
import { createStory } from "@/lib/stories/create-story";
import { deleteStory } from "@/lib/stories/delete-story";
import { getStory } from "@/lib/stories/get-story";
import { editAlignment } from "@/lib/story-analysis/edit-alignment";
import { ROLES, type Actor, type Role } from "./actor";

afterAll(async () => {
  await db.$disconnect();
});

const admin: Actor = { id: "t-admin", name: "Test admin", role: "admin" };
const actors: [string, Actor | null][] = [
  ["signed out", null],
  ...ROLES.map((role): [string, Actor] => [role, { id: `t-${role}`, name: `Test ${role}`, role }]),
];

// Each action runs the real operation on fresh data made by an admin; `least` is the lowest role allowed.
const ACTIONS: { name: string; least: Role; run: (actor: Actor | null) => Promise<unknown> }[] = [
  { name: "read a story", least: "reader", run: async (actor) => getStory(actor, (await contradictedStory()).slug) },
  { name: "create a story", least: "journalist", run: (actor) => createStory(actor, { title: `Permission check ${randomUUID().slice(0, 8)}` }) },
  {
    name: "add a report",
    least: "journalist",
    run: async (actor) => addReports(actor, (await contradictedStory()).slug, { reports: [{ text: `A short note on the ferry, ${randomUUID()}.` }] }),
  },
  {
    name: "correct a report",
    least: "journalist",
    run: async (actor) => updateReport(actor, (await contradictedStory()).reportIds[0]!, { outletName: "Corrected" }),
  },
  {
    name: "comment on a claim",
    least: "journalist",
    run: async (actor) => {
      const s = await contradictedStory();
      return addComment(actor, s.slug, s.clusterId, { body: "Called the coastguard." });
    },
  },
  {
    name: "set a claim's status",
    least: "editor",
    run: async (actor) => {
      const s = await contradictedStory();
      return setClusterStatus(actor, s.slug, s.clusterId, { status: "disputed", evidence: [], version: 0 });
    },
  },
  {
    name: "edit the alignment",
    least: "editor",
    run: async (actor) => {
      const s = await contradictedStory();
      const claim = await db.claim.findFirstOrThrow({ where: { clusterId: s.clusterId }, select: { id: true } });
      return editAlignment(actor, s.slug, { action: "split", claimId: claim.id });
    },
  },
  { name: "remove a report", least: "editor", run: async (actor) => deleteReport(actor, (await contradictedStory()).reportIds[1]!) },
  { name: "delete a story", least: "editor", run: async (actor) => deleteStory(actor, (await contradictedStory()).slug) },
  {
    name: "change someone's role",
    least: "admin",
    run: async (actor) => {
      const person = await createPerson(admin, { name: "Temp", email: `${randomUUID()}@example.org`, password: "long enough to pass", role: "reader" });
      return changeRole(actor, { userId: person.id, role: "journalist" });
    },
  },
];

const RANK: Record<Role, number> = { reader: 0, journalist: 1, editor: 2, admin: 3 };

describe("each role against each action, through the real operations", () => {
  for (const action of ACTIONS) {
    it(action.name, async () => {
      for (const [label, actor] of actors) {
        const outcome = await action.run(actor).then(
          () => 200,
          (error: unknown) => (error instanceof AppError ? error.status : error),
        );
        const expected = actor === null ? 401 : RANK[actor.role] >= RANK[action.least] ? 200 : 403;
        expect({ who: label, outcome }).toEqual({ who: label, outcome: expected });
      }
    });
  }
});
