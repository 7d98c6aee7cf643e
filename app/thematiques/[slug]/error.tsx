"use client";
import { ProfileError } from "@/components/profile/ProfileError";

export default function ThemeError({ retry }: { error: unknown; retry: () => void }) {
  return <ProfileError kind="theme" retry={retry} />;
}
