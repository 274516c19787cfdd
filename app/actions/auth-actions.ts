"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/server/auth/auth";
import { formError, formValues, invalidForm, type FormState } from "@/lib/server/actions/form-state";
import { createUser } from "@/lib/server/users/create-user";
import { signInSchema, signUpSchema } from "@/lib/validation/accounts";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await createUser(parsed.data);
  } catch (error) {
    return formError(error, values);
  }
  if ((await signInWithPassword(parsed.data.email, parsed.data.password)) !== "ok") {
    return { message: "Your account was created, but signing in failed. Try signing in." };
  }
  redirect("/");
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, values);
  const next = String(formData.get("next") ?? "");
  const result = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (result === "throttled") return { message: "Too many failed sign-ins. Wait 15 minutes, then try again.", values };
  // One message for unknown email and wrong password: no hint which accounts exist.
  if (result !== "ok") return { message: "Wrong email or password.", values };
  // Only same-site paths, so a crafted link cannot send people elsewhere after sign-in.
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
}

// Auth.js reports a failed credentials sign-in by throwing (or by a redirect URL carrying `error=`);
// we turn both into a result so the form can say what went wrong.
async function signInWithPassword(email: string, password: string): Promise<"ok" | "failed" | "throttled"> {
  try {
    const url = await signIn("credentials", { email, password, redirect: false });
    const params = new URL(String(url), "http://x").searchParams;
    if (!params.has("error")) return "ok";
    return params.get("code") === "throttled" ? "throttled" : "failed";
  } catch (error) {
    if (error instanceof AuthError) return (error as { code?: string }).code === "throttled" ? "throttled" : "failed";
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
