import { ProfileNotFound } from "@/components/profile/ProfileNotFound";

export default function CountryNotFound() {
  return <ProfileNotFound kind="country" />;
}
