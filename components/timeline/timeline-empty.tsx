import Link from "next/link";

export function TimelineEmpty({ settingsHref, canConfigure }: { settingsHref: string; canConfigure: boolean }) {
  return (
    <section className="rounded-lg border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
      <h2 className="text-lg font-semibold">No releases yet</h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Releases appear here as soon as Heroku calls Shiplog. To get there:</p>
      <ol className="mt-4 list-decimal space-y-2 pl-5 text-sm">
        <li>Open the project&apos;s Heroku settings and enable the integration.</li>
        <li>Map each Heroku app to an environment (for example <code>shop-staging → staging</code>).</li>
        <li>
          Run the <code>heroku webhooks:add … -l sync …</code> command shown there and paste the signing secret Heroku prints.
        </li>
        <li>Deploy, or use “Send a test event” to check the setup.</li>
      </ol>
      {canConfigure ? (
        <Link href={settingsHref} className="mt-5 inline-block rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
          Set up Heroku
        </Link>
      ) : (
        <p className="mt-4 text-sm text-zinc-500">Ask an organization owner or admin to set up the Heroku integration.</p>
      )}
    </section>
  );
}
