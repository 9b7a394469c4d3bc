"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { runAction } from "@/lib/http/run-action";
import { changeRole } from "@/lib/people/change-role";
import { createPerson } from "@/lib/people/create-person";
import { renamePerson } from "@/lib/people/rename-person";

export async function changeRoleAction(userId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await changeRole(actor, { userId, role: form.get("role") });
    revalidatePath("/admin/people");
    return { saved: true };
  });
}

export async function createPersonAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await createPerson(actor, { name: form.get("name"), email: form.get("email"), password: form.get("password"), role: form.get("role") });
    revalidatePath("/admin/people");
    return { saved: true };
  });
}

export async function renamePersonAction(userId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction<FormState>(async (actor) => {
    await renamePerson(actor, { userId, name: form.get("name") });
    revalidatePath("/admin/people");
    return { saved: true };
  });
}
