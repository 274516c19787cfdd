import { Logo } from "@/components/shell/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="mb-8 text-center text-2xl font-bold tracking-tight">
          <Logo className="mr-1.5 size-5 align-[-3px]" />Shiplog
        </p>
        {children}
      </div>
    </main>
  );
}
