import { notFound } from "next/navigation";
import { CreateProjectForm } from "@/components/forms/create-project-form";
import { loadOrgPage } from "@/lib/server/pages/page-access";
import { roleAtLeast } from "@/lib/server/orgs/org-access";

export const metadata = { title: "New project" };

export default async function NewProjectPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: orgSlug } = await params;
  const { org, role } = await loadOrgPage(orgSlug);
  if (!roleAtLeast(role, "admin")) notFound();
  return (
    <main className="max-w-lg">
      <h1 className="text-xl font-semibold">New project in {org.name}</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">You will connect Heroku apps to it in the project settings.</p>
      <CreateProjectForm orgSlug={org.slug} />
    </main>
  );
}
