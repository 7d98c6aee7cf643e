"use client";
import { ProfileError } from "@/components/profile/ProfileError";

export default function CountryError({ retry }: { error: unknown; retry: () => void }) {
  return <ProfileError kind="country" retry={retry} />;
}
