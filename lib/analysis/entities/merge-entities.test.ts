import { describe, expect, it } from "vitest";
import type { EntityMention } from "./find-entities";
import { mergeEntities } from "./merge-entities";

const m = (text: string, type: EntityMention["type"], extra: Partial<EntityMention> = {}) => ({
  reportIndex: 0,
  mention: { text, start: 0, end: 1, type, typeSure: false, ...extra },
});

describe("mergeEntities", () => {
  it("merges transliterations and surnames, keeps distinct names apart", () => {
    const { entities, entityOf } = mergeEntities(
      [
        m("Oleksiy Dovzhenko", "person"),
        m("Dovzhenko", "place"),
        m("Dovzhenkoy", "place"),
        m("Harkiv", "place"),
        m("Harkov", "place"),
        m("Lviv", "place"),
        m("Acme Freight", "org"),
        m("Acme", "place"),
      ],
      new Map([["Oleksiy Dovzhenko", ["Mayor"]]]),
    );
    expect(entityOf("Dovzhenko")).toBe(entityOf("Oleksiy Dovzhenko"));
    expect(entityOf("Dovzhenkoy")).toBe(entityOf("Oleksiy Dovzhenko"));
    expect(entityOf("Harkiv")).toBe(entityOf("Harkov"));
    expect(entityOf("Lviv")).not.toBe(entityOf("Harkiv"));
    expect(entityOf("Acme")).toBe(entityOf("Acme Freight"));
    const person = entities.find((e) => e.canonical === "Oleksiy Dovzhenko")!;
    expect(person.type).toBe("person");
    expect(person.roles).toEqual(["Mayor"]);
  });

  it("resolves a description to the named holder of the office", () => {
    const { entityOf } = mergeEntities([m("Rita Sol", "person"), m("the port spokeswoman", "person", { aliasOf: "Rita Sol" })], new Map());
    expect(entityOf("the port spokeswoman")).toBe(entityOf("Rita Sol"));
  });

  it('joins a company\'s group name and its short name, even after "shares in"', () => {
    const { entityOf } = mergeEntities(
      [m("Orbel Tools", "org"), m("Orbel Tools Group", "org"), m("Orbel", "place", { placeCue: true }), m("Orbel", "place"), m("Orbel", "place")],
      new Map(),
    );
    expect(entityOf("Orbel Tools Group")).toBe(entityOf("Orbel Tools"));
    expect(entityOf("Orbel")).toBe(entityOf("Orbel Tools"));
  });
});
