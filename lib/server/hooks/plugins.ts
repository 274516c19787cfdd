import { AppError } from "@/lib/server/errors";
import { builtinPlugin } from "./builtin";
import { herokuPlugin } from "./heroku";
import type { ReleaseHookPlugin } from "./hook-types";

// The plugins a hook URL may name. A Map, not an object: "__proto__" or "toString" must be unknown too.
const plugins = new Map<string, ReleaseHookPlugin>([
  ["builtin", builtinPlugin],
  ["heroku", herokuPlugin],
]);

export function findPlugin(name: string): ReleaseHookPlugin {
  const plugin = plugins.get(name);
  if (!plugin) throw new AppError(404, "plugin_not_found", `There is no release hook plugin named "${name.slice(0, 64)}".`);
  return plugin;
}
