import { NavTabs } from "@/components/shell/nav-tabs";
import { loadProjectPage } from "@/lib/server/pages/page-access";

export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string; project: string }> }) {
  const { org: orgSlug, project: projectSlug } = await params;
  const { org, project } = await loadProjectPage(orgSlug, projectSlug);
  const base = `/${org.slug}/${project.slug}`;
  return (
    <div>
      <div className="mb-4 border-b border-zinc-200 dark:border-zinc-800">
        <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Project</p>
        <h1 className="mb-2 text-xl font-semibold">{project.name}</h1>
        <NavTabs
          label="Project"
          tabs={[
            { href: `${base}/releases`, label: "Releases" },
            { href: `${base}/settings`, label: "Settings" },
          ]}
        />
      </div>
      {children}
    </div>
  );
}
