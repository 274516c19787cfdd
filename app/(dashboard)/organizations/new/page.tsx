import { AppHeader } from "@/components/shell/app-header";
import { CreateOrganizationForm } from "@/components/forms/create-organization-form";
import { requireUser } from "@/lib/server/auth/current-user";
import { listOrganizations } from "@/lib/server/orgs/organizations";

export const metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  const user = await requireUser();
  const orgs = await listOrganizations({ userId: user.id });
  return (
    <>
      <AppHeader user={user} orgs={orgs} />
      <main className="mx-auto max-w-lg px-4 py-10">
        <h1 className="text-xl font-semibold">Create an organization</h1>
        <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
          {orgs.length === 0
            ? "Organizations hold your projects and the people who work on them. Start with one for your team."
            : "Organizations hold projects, repositories and members."}
        </p>
        <CreateOrganizationForm />
      </main>
    </>
  );
}
