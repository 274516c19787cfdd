import { revokeApiTokenAction } from "@/app/actions/token-actions";
import { SubmitButton } from "@/components/ui/submit-button";

type Token = { id: number; name: string; tokenHint: string; createdAt: Date; lastUsedAt: Date | null };

function When({ date }: { date: Date | null }) {
  if (!date) return <span className="text-zinc-500">never</span>;
  // UTC and the same on server and client: no hydration mismatch, no guessing the reader's zone.
  return <time dateTime={date.toISOString()}>{date.toISOString().slice(0, 16).replace("T", " ")} UTC</time>;
}

export function ApiTokenList({ tokens }: { tokens: Token[] }) {
  if (tokens.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No API tokens yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs text-zinc-500 uppercase">
        <tr>
          <th scope="col" className="py-2">Name</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {tokens.map((t) => (
          <tr key={t.id}>
            <td className="py-2">
              <span className="font-medium">{t.name}</span> <span className="font-mono text-xs text-zinc-500">…{t.tokenHint}</span>
            </td>
            <td><When date={t.createdAt} /></td>
            <td><When date={t.lastUsedAt} /></td>
            <td className="text-right">
              <form action={revokeApiTokenAction.bind(null, t.id)} aria-label={`Revoke ${t.name}`}>
                <SubmitButton variant="secondary" pendingText="Revoking…">Revoke</SubmitButton>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
