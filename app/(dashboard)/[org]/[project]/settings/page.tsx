import { renameProjectAction } from "@/app/actions/project-actions";
import { RenameForm } from "@/components/forms/rename-form";
import { Card } from "@/components/ui/card";
import { loadProjectPage } from "@/lib/server/pages/page-access";
import { roleAtLeast } from "@/lib/server/orgs/org-access";

export const metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ org: string; project: string }> }) {
  const { org: orgSlug, project: projectSlug } = await params;
  const { org, project, role } = await loadProjectPage(orgSlug, projectSlug);
  return (
    <main className="max-w-3xl space-y-6">
      <Card title="General">
        <RenameForm action={renameProjectAction.bind(null, org.slug, project.slug)} name={project.name} label="Project name" readOnly={!roleAtLeast(role, "admin")} />
        <p className="mt-2 text-xs text-zinc-500">
          Project id (used in hook URLs): <span className="font-mono">{project.id}</span>
        </p>
      </Card>
    </main>
  );
}
