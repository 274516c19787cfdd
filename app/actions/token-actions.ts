"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/auth/current-user";
import { formError, formValues, invalidForm, type FormState } from "@/lib/server/actions/form-state";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { createApiTokenSchema } from "@/lib/validation/tokens";

export type CreateTokenState = FormState & { token?: string };

/** The new token travels back in this one answer: it is stored hashed and cannot be shown again. */
export async function createApiTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const user = await requireUser();
  const values = formValues(formData, ["name"]);
  const parsed = createApiTokenSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    const created = await createApiToken({ userId: user.id, name: parsed.data.name });
    revalidatePath("/account/tokens");
    return { ok: true, message: `Token “${created.name}” created. Copy it now: it will not be shown again.`, token: created.token };
  } catch (error) {
    return formError(error, values);
  }
}

export async function revokeApiTokenAction(tokenId: number): Promise<void> {
  const user = await requireUser();
  // Someone else's (or an already revoked) token is "not found": nothing to do either way.
  await revokeApiToken({ userId: user.id, tokenId }).catch(() => undefined);
  revalidatePath("/account/tokens");
}
