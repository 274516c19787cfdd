import Link from "next/link";
import { signOutAction } from "@/app/actions/auth-actions";
import { Logo } from "./logo";
import { OrgSwitcher } from "./org-switcher";

type Org = { slug: string; name: string };

export function AppHeader({ user, orgs, currentOrg }: { user: { email: string; name: string | null }; orgs: Org[]; currentOrg?: Org }) {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
        <Link href="/" className="font-bold tracking-tight">
          <Logo className="mr-1.5 size-5 align-[-3px]" />Shiplog
        </Link>
        <span aria-hidden="true" className="text-zinc-300 dark:text-zinc-700">/</span>
        <OrgSwitcher orgs={orgs} current={currentOrg} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-zinc-600 sm:inline dark:text-zinc-400" title={user.email}>
            {user.name ?? user.email}
          </span>
          <Link href="/account/tokens" className="rounded-md px-2 py-1 font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
            API tokens
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md px-2 py-1 font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
