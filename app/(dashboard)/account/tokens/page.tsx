import { AppHeader } from "@/components/shell/app-header";
import { ApiTokenList } from "@/components/tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/tokens/create-api-token-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/server/auth/current-user";
import { listOrganizations } from "@/lib/server/orgs/organizations";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export const metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const user = await requireUser();
  const [orgs, tokens] = await Promise.all([listOrganizations({ userId: user.id }), listApiTokens({ userId: user.id })]);
  return (
    <>
      <AppHeader user={user} orgs={orgs} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-6">
        <h1 className="text-xl font-semibold">API tokens</h1>
        <Card title="Create a token" description="A token acts as you in the REST API (/api/0/…), in every organization you belong to. It is shown once.">
          <CreateApiTokenForm />
        </Card>
        <Card title="Your tokens" description="Revoke a token you no longer use: requests with it are refused at once.">
          <ApiTokenList tokens={tokens} />
        </Card>
      </main>
    </>
  );
}
