import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listOrganizations } from "@/lib/server/orgs/organizations";
import { countUsers } from "@/lib/server/users/create-user";

// The front door: first run → sign-up, visitors → sign-in, members → their first organization.
export default async function Home() {
  const user = await getCurrentUser();
  if (!user) redirect((await countUsers()) === 0 ? "/signup" : "/signin");
  const orgs = await listOrganizations({ userId: user.id });
  redirect(orgs.length ? `/${orgs[0].slug}` : "/organizations/new");
}
