import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { emailSchema, passwordSchema, slugSchema } from "@/lib/validation/common";
import { createApiTokenSchema } from "@/lib/validation/tokens";

// Parsing knows nothing of the database: bad arguments are refused before anything is opened.

export const USAGE = `usage:
  npm run cli -- createuser --email EMAIL --password PASSWORD [--superuser] [--org SLUG]
  npm run cli -- createtoken --email EMAIL [--name NAME]
  npm run cli -- reencrypt      (after an AUTH_SECRET rotation: see README "Secrets")`;

export class UsageError extends Error {}

export type Command =
  | { name: "help" }
  | { name: "createuser"; email: string; password: string; superuser: boolean; org?: string }
  | { name: "createtoken"; email: string; tokenName: string }
  | { name: "reencrypt" };

const createUserArgs = z.object({
  email: emailSchema,
  password: passwordSchema,
  superuser: z.boolean().default(false),
  org: slugSchema.optional(),
});

const createTokenArgs = z.object({
  email: emailSchema,
  name: createApiTokenSchema.shape.name.default("CLI token"),
});

function parseOptions<S extends z.ZodObject>(args: string[], options: ParseArgsConfig["options"], schema: S): z.output<S> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // node's messages are multi-line sometimes ("… To specify a positional argument …"): keep the first line.
    throw new UsageError(String((error as Error).message).split("\n")[0]);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = String(issue.path[0] ?? "");
    throw new UsageError(issue.code === "invalid_type" && issue.input === undefined ? `missing --${option}` : `--${option}: ${issue.message}`);
  }
  return parsed.data;
}

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === "help" || name === "--help" || name === "-h") return { name: "help" };
  if (name === "createuser") {
    const v = parseOptions(rest, { email: { type: "string" }, password: { type: "string" }, superuser: { type: "boolean" }, org: { type: "string" } }, createUserArgs);
    return { name, email: v.email, password: v.password, superuser: v.superuser, org: v.org };
  }
  if (name === "createtoken") {
    const v = parseOptions(rest, { email: { type: "string" }, name: { type: "string" } }, createTokenArgs);
    return { name, email: v.email, tokenName: v.name };
  }
  if (name === "reencrypt") {
    parseOptions(rest, {}, z.object({}));
    return { name };
  }
  const known = "use createuser, createtoken or reencrypt";
  throw new UsageError(name ? `unknown command "${name}" (${known})` : `missing command (${known})`);
}
