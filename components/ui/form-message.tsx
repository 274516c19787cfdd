/** The form-level message: an error, or a success note. */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  return (
    <p
      role={state.ok ? "status" : "alert"}
      aria-live="polite"
      className={`min-h-5 text-sm ${state.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-600 dark:text-red-400"}`}
    >
      {state.message}
    </p>
  );
}
