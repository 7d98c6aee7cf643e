import { ProfileNotFound } from "@/components/profile/ProfileNotFound";

export default function AuthorityNotFound() {
  return <ProfileNotFound kind="authority" />;
}
