import { db } from "@/lib/server/db";
import { linkReleaseProject, ts } from "./release-rows";

export type SaveBuiltinReleaseOptions = {
  project: { id: number; orgId: number };
  version: string;
  ref: string | null;
  url: string | null;
  dateReleased: Date | null;
  now: Date;
};

/** Creates or updates a release from the builtin hook (fields given overwrite, missing ones keep) and links it to the project. */
export async function saveBuiltinRelease({ project, version, ref, url, dateReleased, now }: SaveBuiltinReleaseOptions): Promise<number> {
  return db().$transaction(async (tx) => {
    const [release] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Release" ("orgId", "version", "ref", "url", "dateReleased", "dateCreated")
      VALUES (${project.orgId}, ${version}, ${ref}, ${url}, ${ts(dateReleased)}::timestamp(3), ${ts(now)}::timestamp(3))
      ON CONFLICT ("orgId", "version") DO UPDATE SET
        "ref" = COALESCE(EXCLUDED."ref", "Release"."ref"),
        "url" = COALESCE(EXCLUDED."url", "Release"."url"),
        "dateReleased" = COALESCE(EXCLUDED."dateReleased", "Release"."dateReleased")
      RETURNING "id"`;
    await linkReleaseProject(tx, { releaseId: release.id, projectId: project.id, now });
    return release.id;
  });
}
