import { NavTabs } from "@/components/shell/nav-tabs";

export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string; project: string }> }) {
  const { org, project } = await params;
  const base = `/${org}/${project}/settings`;
  return (
    <div className="grid gap-6 md:grid-cols-[10rem_1fr]">
      <div>
        <NavTabs label="Settings" exact vertical tabs={[{ href: base, label: "General" }, { href: `${base}/heroku`, label: "Heroku" }]} />
      </div>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
