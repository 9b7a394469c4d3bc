// Every text a user can send, with a NUL and other control characters in it: each is stored
// without them (PostgreSQL refuses NUL: that was a 500), never refused with a 500.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/people/create-person";
import { renamePerson } from "@/lib/people/rename-person";
import { addReports } from "@/lib/reports/add-reports";
import { decodeUpload } from "@/lib/reports/decode-upload";
import { updateReport } from "@/lib/reports/update-report";
import { addComment } from "@/lib/review/add-comment";
import { setClusterStatus } from "@/lib/review/set-cluster-status";
import { contradictedStory } from "@/lib/review/__fixtures__/test-story";
import { createStory } from "@/lib/stories/create-story";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const admin: Actor = { id: "t-admin", name: "Test admin", role: "admin" };
const DIRT = "\u0000\u0001\u001b";

afterAll(async () => {
  await db.$disconnect();
});

describe("control characters at every boundary", () => {
  it("are removed from story titles, report texts and details, comments, review notes and names", async () => {
    const story = await createStory(editor, { title: `Sluice${DIRT} gate ${randomUUID().slice(0, 8)}` });
    expect(story.title).toMatch(/^Sluice gate /);

    const text = `The sluice${DIRT} gate at Orrin failed on Monday, the water board said.\tAbout 30 homes were flooded.`;
    const [added] = await addReports(editor, story.slug, { reports: [{ text, outletName: `Orrin${DIRT} Post`, fileName: `gate${DIRT}.txt` }] });
    await settleStoryAnalysis(story.slug);
    const report = await db.report.findUniqueOrThrow({ where: { id: added!.id } });
    expect(report.rawText).toContain("The sluice gate at Orrin failed on Monday, the water board said.\tAbout 30 homes");
    expect([report.outletName, report.fileName]).toEqual(["Orrin Post", "gate.txt"]);

    await updateReport(editor, report.id, { byline: `Ana${DIRT} Ruiz`, title: `Gate${DIRT} fails` });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { byline: true, title: true } })).toEqual({
      byline: "Ana Ruiz",
      title: "Gate fails",
    });

    const disputed = await contradictedStory();
    await addComment(editor, disputed.slug, disputed.clusterId, { body: `Called${DIRT} the coastguard.` });
    expect((await db.claimComment.findFirstOrThrow({ where: { storyId: disputed.storyId } })).body).toBe("Called the coastguard.");
    const review = await setClusterStatus(editor, disputed.slug, disputed.clusterId, {
      status: "disputed",
      note: `Two${DIRT} counts`,
      evidence: [],
      version: 0,
    });
    expect(review).toMatchObject({ note: "Two counts" });

    const person = await createPerson(admin, {
      name: `Edie${DIRT} Example`,
      email: `${randomUUID()}@example.org`,
      password: "harbour lights at nine",
      role: "reader",
    });
    expect(person.name).toBe("Edie Example");
    expect((await renamePerson(admin, { userId: person.id, name: `Edith${DIRT} Example` })).name).toBe("Edith Example");
  });

  it("are removed from an uploaded file's text past the binary check's first 8 KB", () => {
    const text = `${"Words of a long report. ".repeat(400)}The end\u0000 of it.`;
    expect(decodeUpload("long.txt", new TextEncoder().encode(text)).text).toMatch(/The end of it\.$/);
  });
});

describe("renamePerson", () => {
  it("is for administrators, limits the length and audits the names before and after", async () => {
    const person = await createPerson(admin, {
      name: "Rory Example",
      email: `${randomUUID()}@example.org`,
      password: "harbour lights at nine",
      role: "editor",
    });
    await expect(renamePerson({ id: person.id, name: "Rory Example", role: "editor" }, { userId: person.id, name: "Edie Editor" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(renamePerson(admin, { userId: person.id, name: "x".repeat(101) })).rejects.toMatchObject({ status: 400 });
    await renamePerson(admin, { userId: person.id, name: "Rory Examplar" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { subject: `user:${person.id}`, action: "user.rename" } });
    expect([audit.actorId, audit.before, audit.after]).toEqual(["t-admin", { name: "Rory Example" }, { name: "Rory Examplar" }]);
  });

  it("refuses common and short passwords for new accounts", async () => {
    for (const password of ["password1234", "short-pass"]) {
      await expect(createPerson(admin, { name: "Weak", email: `${randomUUID()}@example.org`, password, role: "reader" })).rejects.toMatchObject({
        status: 400,
      });
    }
  });
});
