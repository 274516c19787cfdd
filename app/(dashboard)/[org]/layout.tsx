import { AppHeader } from "@/components/shell/app-header";
import { loadOrgPage } from "@/lib/server/pages/page-access";
import { listOrganizations } from "@/lib/server/orgs/organizations";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org: orgSlug } = await params;
  const { user, org } = await loadOrgPage(orgSlug);
  const orgs = await listOrganizations({ userId: user.id });
  return (
    <>
      <AppHeader user={user} orgs={orgs} currentOrg={org} />
      <div className="mx-auto max-w-6xl px-4 py-6">{children}</div>
    </>
  );
}
