import Link from "next/link";
import { loadProjectPage } from "@/lib/server/pages/page-access";

export const metadata = { title: "Releases" };

export default async function ReleasesPage({ params }: { params: Promise<{ org: string; project: string }> }) {
  const { org: orgSlug, project: projectSlug } = await params;
  const { org, project } = await loadProjectPage(orgSlug, projectSlug);
  return (
    <main className="rounded-lg border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
      <p className="font-medium">No releases yet</p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Releases appear here once Heroku calls Shiplog. Set up the Heroku integration in the project settings.
      </p>
      <Link href={`/${org.slug}/${project.slug}/settings`} className="mt-4 inline-block rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
        Open project settings
      </Link>
    </main>
  );
}
