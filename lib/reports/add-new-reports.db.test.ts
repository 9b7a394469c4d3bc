import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createStory } from "@/lib/stories/create-story";
import { getStory } from "@/lib/stories/get-story";
import { addNewReports } from "./add-reports";
import { readUploadForm } from "./read-upload-form";

const editor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };
const text = (body: string) => `Canal lock fails at Brenbury\n\n${body}\n\nSource: Brenbury Echo`;

afterAll(async () => {
  await db.$disconnect();
});

describe("addNewReports against PostgreSQL", () => {
  it("leaves out a duplicate, with its reason, and adds the rest of the batch", async () => {
    const story = await createStory(editor, { title: `Canal lock ${randomUUID().slice(0, 8)}` });
    await addNewReports(editor, story.slug, { reports: [{ text: text("The lower gate of the Brenbury lock split on Friday."), fileName: "echo.txt" }] });
    const { added, skipped } = await addNewReports(editor, story.slug, {
      reports: [
        { text: text("The lower gate of the Brenbury lock split on Friday."), fileName: "echo-again.txt" },
        { text: text("Boats were held above the lock for two days, the trust said."), fileName: "trust.txt" },
        { text: text("Boats were held above the lock for two days, the trust said."), fileName: "trust-copy.txt" },
      ],
    });
    expect(added.map((report) => report.fileName)).toEqual(["trust.txt"]);
    expect(skipped).toEqual([
      expect.stringMatching(/^"echo-again.txt" is the same report as .*echo.txt.*already in this story/),
      expect.stringMatching(/^"trust-copy.txt" is the same report as .*trust.txt.*in this upload/),
    ]);
    expect((await getStory(editor, story.slug)).reports).toHaveLength(2);
  });

  it("refuses a batch with nothing new", async () => {
    const story = await createStory(editor, { title: `Canal lock ${randomUUID().slice(0, 8)}` });
    const one = { text: text("Divers inspected the gate on Saturday."), fileName: "divers.txt" };
    await addNewReports(editor, story.slug, { reports: [one] });
    const error = await addNewReports(editor, story.slug, { reports: [{ ...one, fileName: "divers-2.txt" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
  });
});

describe("readUploadForm", () => {
  it("ignores the empty part an untouched file input sends, and names files as typed", async () => {
    const form = new FormData();
    form.append("files", new File([], "undefined"));
    form.append("text", "Pasted words about the lock.");
    form.append("outletName", "Brenbury Echo");
    expect((await readUploadForm(form)).reports).toEqual([
      { text: "Pasted words about the lock.", fileName: null, outletName: "Brenbury Echo", url: null, publishedAt: null },
    ]);
    const named = new FormData();
    named.append("files", new File(["Some words about the lock gate."], "a.txt"));
    named.append("fileOutlet", " Canal Trust ");
    expect((await readUploadForm(named)).reports[0]).toMatchObject({ fileName: "a.txt", outletName: "Canal Trust" });
  });
});
