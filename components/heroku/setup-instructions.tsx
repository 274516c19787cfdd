import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";

export function SetupInstructions({ webhookUrl, cliCommand }: { webhookUrl: string; cliCommand: string }) {
  return (
    <Card title="Connect a Heroku app" description="Run this once per Heroku app (replace the app name), from a shell logged in to Heroku.">
      <ol className="list-decimal space-y-4 pl-5 text-sm">
        <li>
          <p className="mb-1">Add the webhook:</p>
          <div className="flex items-start gap-2 rounded-md bg-zinc-900 p-3 font-mono text-xs text-zinc-100">
            <code className="min-w-0 flex-1 break-all" data-testid="cli-command">{cliCommand}</code>
            <CopyButton text={cliCommand} label="Copy command" className="shrink-0 text-zinc-300 hover:bg-zinc-700 hover:text-white" />
          </div>
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">
            <strong>Why <code>-l sync</code>:</strong> with <code>sync</code>, Heroku retries a delivery Shiplog did not
            acknowledge (for up to 72 hours), so a restart or outage loses nothing. With <code>notify</code> a failed delivery is
            simply dropped. Retries are harmless: Shiplog records each event once.
          </p>
        </li>
        <li>
          Heroku prints a <strong>signing secret</strong> (<code>Webhook secret: …</code>). Paste it into “Webhook secret” below and
          save. Shiplog checks every delivery&apos;s <code>Heroku-Webhook-Hmac-SHA256</code> header against it and refuses
          (401, with the reason in Recent deliveries) anything that does not match.
        </li>
        <li>Map each app to its environment below, then deploy — or use “Send a test event”.</li>
      </ol>
      <p className="mt-4 text-xs text-zinc-500">
        Hook URL: <code className="break-all" data-testid="heroku-hook-url">{webhookUrl}</code>
      </p>
    </Card>
  );
}
