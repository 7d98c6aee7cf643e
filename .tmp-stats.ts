import { generateDemoPartnerships, DEFAULT_DEMO_OPTIONS } from "./lib/demo/generate";
import { authorityKey, partnershipSchema } from "./lib/model";
const scale = Number(process.argv[2] ?? 1);
let t = performance.now();
const ps = generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale });
console.log("time", Math.round(performance.now() - t), "ms", ps.length);
t = performance.now();
const ps2 = generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale });
console.log("time2", Math.round(performance.now() - t), "ms");
const countries = new Map<string, number>(); const fa = new Map<string, number>(); const kinds = new Map<string, Set<string>>(); const fp = new Set<string>();
let funded = 0; const money = new Map<number, number>(); let minY = 9999, maxY = 0; const forms = new Map<string, number>(); let noTheme = 0, other = 0, noSubSub = 0;
const statuses = new Map<string, number>(); let multiFa = 0, multiFp = 0, startBefore = 0; let rows = 0;
const rowAmounts: number[] = []; const cat = new Map<string, number>();
for (const p of ps) {
  for (const c of new Set(p.foreignPartners.map(f => f.country!))) countries.set(c, (countries.get(c) ?? 0) + 1);
  for (const a of p.frenchAuthorities) { const k = authorityKey(a); fa.set(k, (fa.get(k) ?? 0) + 1); if (!kinds.has(a.kind!)) kinds.set(a.kind!, new Set()); kinds.get(a.kind!)!.add(k); }
  for (const f of p.foreignPartners) fp.add(f.country + "|" + f.name);
  if (p.funding.length) funded++;
  for (const r of p.funding) { money.set(r.year!, (money.get(r.year!) ?? 0) + r.amount); rows++; rowAmounts.push(r.amount); cat.set(r.category, (cat.get(r.category) ?? 0) + r.amount); }
  if (p.firstSignatureYear != null) { minY = Math.min(minY, p.firstSignatureYear); maxY = Math.max(maxY, p.firstSignatureYear); }
  forms.set(p.form!, (forms.get(p.form!) ?? 0) + 1);
  if (!p.theme) noTheme++; else if (!p.theme.subSubTheme) noSubSub++;
  if (p.otherThemes.length) other++;
  statuses.set(String(p.status), (statuses.get(String(p.status)) ?? 0) + 1);
  if (p.frenchAuthorities.length > 1) multiFa++; if (p.foreignPartners.length > 1) multiFp++;
  if (p.startYear != null && p.firstSignatureYear != null && p.startYear < p.firstSignatureYear) startBefore++;
}
const top = [...countries].sort((a, b) => b[1] - a[1]);
console.log("countries", countries.size, top.slice(0, 30).map(([c, n]) => c + ":" + n).join(" "));
console.log("french", fa.size, [...kinds].map(([k, s]) => k + ":" + s.size).join(" "));
console.log("top french", [...fa].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([c, n]) => c + ":" + n).join(" "));
const counts = [...fa.values()]; console.log("french with 1:", counts.filter(c => c === 1).length, "2:", counts.filter(c => c === 2).length);
console.log("foreign", fp.size);
console.log("funded", funded, (funded / ps.length * 100).toFixed(1) + "%", "rows", rows);
console.log("years", minY, maxY);
console.log("money", [...money].sort((a, b) => a[0] - b[0]).filter(([y]) => y >= 1990).map(([y, m]) => y + ":" + (m / 1e6).toFixed(1)).join(" "));
rowAmounts.sort((a, b) => a - b); const q = (f: number) => rowAmounts[Math.floor(f * (rowAmounts.length - 1))];
console.log("row amounts p5/p50/p95/max", q(0.05), q(0.5), q(0.95), q(1));
console.log("cat", [...cat].map(([k, v]) => k + ":" + (v / 1e6).toFixed(1)).join(" "));
console.log("forms", [...forms].join(" "));
console.log("noTheme", noTheme, "otherThemes", other, (other / ps.length * 100).toFixed(1), "noSubSub", noSubSub);
console.log("status", [...statuses].join(" "), "multiFa", multiFa, "multiFp", multiFp, "startBefore", startBefore);
const europe = new Set("DE IT GB ES PL RO BE PT HU CZ IE AM NL RU UA AT CH BG MD GR SK GE HR RS SE DK LT SI LU AL FI BA NO MK EE LV BY MT CY ME AZ IS".split(" "));
console.log("json size MB", (JSON.stringify(ps).length / 1e6).toFixed(1));
let bad = 0; for (const p of ps.slice(0, 2000)) { const r = partnershipSchema.safeParse(p); if (!r.success) { bad++; if (bad < 3) console.log(JSON.stringify(r.error.issues)); } }
console.log("bad", bad, "equal", JSON.stringify(ps) === JSON.stringify(ps2));
console.log(JSON.stringify(ps.slice(0, 3), null, 1));
// raw factor diagnostics
