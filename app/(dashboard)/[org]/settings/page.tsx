import { AddMemberForm } from "@/components/forms/add-member-form";
import { RenameForm } from "@/components/forms/rename-form";
import { Card } from "@/components/ui/card";
import { renameOrganizationAction } from "@/app/actions/org-actions";
import { loadOrgPage } from "@/lib/server/pages/page-access";
import { roleAtLeast } from "@/lib/server/orgs/org-access";
import { listMembers } from "@/lib/server/orgs/organizations";

export const metadata = { title: "Organization settings" };

export default async function OrgSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: orgSlug } = await params;
  const { org, role } = await loadOrgPage(orgSlug);
  const members = await listMembers({ orgId: org.id });
  return (
    <main className="max-w-3xl space-y-6">
      <h1 className="text-xl font-semibold">Organization settings</h1>
      <Card title="General">
        <RenameForm action={renameOrganizationAction.bind(null, org.slug)} name={org.name} label="Organization name" readOnly={!roleAtLeast(role, "admin")} />
      </Card>
      <Card title="Members" description="People who can see this organization's projects. Owners manage members; admins manage projects and settings.">
        <ul className="mb-5 divide-y divide-zinc-200 dark:divide-zinc-800">
          {members.map((m) => (
            <li key={m.id} className="flex items-center justify-between py-2 text-sm">
              <span>
                {m.user.name ? <span className="font-medium">{m.user.name} </span> : null}
                <span className="text-zinc-600 dark:text-zinc-400">{m.user.email}</span>
              </span>
              <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium dark:bg-zinc-800">{m.role}</span>
            </li>
          ))}
        </ul>
        {roleAtLeast(role, "owner") ? <AddMemberForm orgSlug={org.slug} /> : <p className="text-sm text-zinc-500">Only owners can add members.</p>}
      </Card>
    </main>
  );
}
