import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isDuplicateKey, toPublicError } from "./errors";

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("refused", { code, clientVersion: "7.10.1", meta: { target: ["slug"] } });

describe("toPublicError", () => {
  it("maps a duplicate key to 409 and a missing record to 404", () => {
    expect(toPublicError(known("P2002"))).toMatchObject({ status: 409, code: "conflict" });
    expect(toPublicError(known("P2025"))).toMatchObject({ status: 404, code: "not_found" });
    expect(isDuplicateKey(known("P2002"))).toBe(true);
    expect(isDuplicateKey(known("P2025"))).toBe(false);
  });

  it("keeps an AppError's status and details, and hides anything else behind a 500", () => {
    expect(toPublicError(new AppError("unprocessable", "too deep", { depth: 201 }))).toEqual({
      status: 422,
      code: "unprocessable",
      message: "too deep",
      details: { depth: 201 },
    });
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(toPublicError(new Error("secret path /etc"))).toMatchObject({ status: 500, code: "internal" });
      // An object with a code but not from Prisma is not mistaken for a database refusal.
      expect(toPublicError({ code: "P2002" })).toMatchObject({ status: 500 });
    } finally {
      console.error = quiet;
    }
  });
});
