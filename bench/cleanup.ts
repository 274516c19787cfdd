// Everything the bench starts (servers, scratch databases, temporary directories) registers how to
// undo it, so an error or Ctrl-C leaves nothing running and nothing on disk.
type Step = { name: string; run: () => Promise<void> | void };
const steps: Step[] = [];

/** Registers an undo step; the returned function runs it now (once) and forgets it. */
export function onCleanup(name: string, run: Step["run"]): () => Promise<void> {
  const step: Step = { name, run };
  steps.push(step);
  return async () => {
    const i = steps.indexOf(step);
    if (i < 0) return;
    steps.splice(i, 1);
    await step.run();
  };
}

/** Runs every remaining step, newest first; a failing step does not stop the others. */
export async function cleanupAll(): Promise<void> {
  while (steps.length) {
    const step = steps.pop()!;
    try {
      await step.run();
    } catch (error) {
      console.error(`[bench] cleanup "${step.name}" failed: ${(error as Error).message}`);
    }
  }
}

export function cleanupOnSignals() {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      console.error(`\n[bench] ${signal}: stopping what was started…`);
      void cleanupAll().finally(() => process.exit(code));
    });
  }
}
