import type { Metadata } from "next";
import { NewPersonForm } from "@/components/people/NewPersonForm";
import { RenameForm } from "@/components/people/RenameForm";
import { RoleForm } from "@/components/people/RoleForm";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { formatDay } from "@/lib/format";
import { listPeople } from "@/lib/people/list-people";
import { changeRoleAction, createPersonAction, renamePersonAction } from "./actions";

export const metadata: Metadata = { title: "People" };

const ROLE_HELP =
  "Readers browse and export; journalists also add reports and comment; editors also review, correct the alignment and delete; administrators also manage people.";

export default async function PeoplePage() {
  const actor = await requireActor("/admin/people");
  if (!can(actor, "people:manage")) {
    return (
      <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Only administrators manage people; your role is {actor.role}.
      </p>
    );
  }
  const people = await listPeople(actor);
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">People</h1>
        <p className="mt-1 text-stone-600">
          {ROLE_HELP} A new role applies from the person&apos;s next page. Names are changed here only, and every change is in the audit trail.
        </p>
      </div>
      <table className="w-full rounded-lg border border-stone-200 bg-white text-left text-sm shadow-sm">
        <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Email
            </th>
            <th scope="col" className="px-3 py-2">
              Since
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                <RenameForm id={person.id} name={person.name} email={person.email} rename={renamePersonAction.bind(null, person.id)} />
                {person.id === actor.id && <span className="font-normal text-stone-600"> (you)</span>}
              </th>
              <td className="px-3 py-2 text-stone-700">{person.email}</td>
              <td className="px-3 py-2 text-stone-600">{formatDay(person.createdAt)}</td>
              <td className="px-3 py-2">
                <RoleForm id={person.id} name={person.name} role={person.role} change={changeRoleAction.bind(null, person.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Add someone</h2>
        <NewPersonForm create={createPersonAction} />
      </section>
    </div>
  );
}
