import { z } from "zod";
import { isAppError } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/common";

// What every form's server action returns: a message, errors per field, and the values typed,
// so a rejected form comes back filled in.
export type FormState = {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
};

export function formValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")]));
}

export function invalidForm(error: z.ZodError, values: Record<string, string>): FormState {
  return { message: "Please correct the highlighted fields.", fields: fieldErrors(error), values };
}

/** Known errors become form state; anything else (including Next's redirect signal) is rethrown. */
export function formError(error: unknown, values: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  return { message: error.message, fields: error.fields, values };
}
