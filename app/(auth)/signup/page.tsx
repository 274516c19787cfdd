import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { countUsers } from "@/lib/server/users/create-user";

export const metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return <SignUpForm firstRun={(await countUsers()) === 0} />;
}
