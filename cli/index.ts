// The management CLI (`npm run cli -- <command>`), for bootstrapping a server like `sentry createuser`.
// Exit codes: 0 done, 1 failed (e.g. unknown user, database unreachable), 2 bad arguments.
import { parseCommand, UsageError, USAGE } from "./parse-command";
import { runCommand, type Output } from "./run-command";

const io: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`shiplog: ${error.message}`);
    return 2;
  }
  if (command.name === "help") {
    io.out(USAGE);
    return 0;
  }
  try {
    return await runCommand(command, io);
  } catch (error) {
    io.err(`shiplog: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
