import { ProfileNotFound } from "@/components/profile/ProfileNotFound";

export default function ThemeNotFound() {
  return <ProfileNotFound kind="theme" />;
}
