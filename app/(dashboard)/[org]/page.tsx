import Link from "next/link";
import { loadOrgPage } from "@/lib/server/pages/page-access";
import { roleAtLeast } from "@/lib/server/orgs/org-access";
import { listProjects } from "@/lib/server/projects/projects";

export default async function OrgPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: orgSlug } = await params;
  const { org, role } = await loadOrgPage(orgSlug);
  const projects = await listProjects({ orgId: org.id });
  const canCreate = roleAtLeast(role, "admin");
  return (
    <main>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{org.name}</h1>
        <div className="flex gap-2">
          <Link href={`/${org.slug}/settings`} className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
            Organization settings
          </Link>
          {canCreate ? (
            <Link href={`/${org.slug}/projects/new`} className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
              New project
            </Link>
          ) : null}
        </div>
      </div>
      <h2 className="mb-3 text-sm font-semibold tracking-wide text-zinc-500 uppercase">Projects</h2>
      {projects.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
          <p className="font-medium">No projects yet</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            A project collects the releases of one or more Heroku apps (for example a staging and a production app).
          </p>
          {canCreate ? (
            <Link href={`/${org.slug}/projects/new`} className="mt-4 inline-block rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
              Create your first project
            </Link>
          ) : (
            <p className="mt-3 text-sm text-zinc-500">Ask an owner or admin to create one.</p>
          )}
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {projects.map((p) => (
            <li key={p.id}>
              <Link href={`/${org.slug}/${p.slug}/releases`} className="block rounded-lg border border-zinc-200 bg-white p-4 shadow-sm hover:border-indigo-400 dark:border-zinc-800 dark:bg-zinc-900">
                <span className="font-medium">{p.name}</span>
                <span className="mt-1 block font-mono text-xs text-zinc-500">{p.slug}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
