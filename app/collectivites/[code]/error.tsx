"use client";
import { ProfileError } from "@/components/profile/ProfileError";

export default function AuthorityError({ retry }: { error: unknown; retry: () => void }) {
  return <ProfileError kind="authority" retry={retry} />;
}
