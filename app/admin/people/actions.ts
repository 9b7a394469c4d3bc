"use server";

import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { toPublicError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { changeRole } from "@/lib/people/change-role";
import { createPerson } from "@/lib/people/create-person";
import { renamePerson } from "@/lib/people/rename-person";

export async function changeRoleAction(userId: string, _state: FormState, form: FormData): Promise<FormState> {
  try {
    await changeRole(await getCurrentActor(), { userId, role: form.get("role") });
    revalidatePath("/admin/people");
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}

export async function createPersonAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await createPerson(await getCurrentActor(), { name: form.get("name"), email: form.get("email"), password: form.get("password"), role: form.get("role") });
    revalidatePath("/admin/people");
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}

export async function renamePersonAction(userId: string, _state: FormState, form: FormData): Promise<FormState> {
  try {
    await renamePerson(await getCurrentActor(), { userId, name: form.get("name") });
    revalidatePath("/admin/people");
    return { saved: true };
  } catch (error) {
    return { error: toPublicError(error).message };
  }
}
