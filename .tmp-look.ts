import { generateDemoPartnerships, DEFAULT_DEMO_OPTIONS } from "./lib/demo/generate";
const ps = generateDemoPartnerships(DEFAULT_DEMO_OPTIONS);
for (const c of ["DE","ML","MG","VN","CA","LB","MA","GB","IL","CN","HT","RO"]) {
  const names = [...new Set(ps.flatMap(p => p.foreignPartners.filter(f => f.country === c).map(f => f.name)))];
  console.log(c, names.length, names.slice(0, 8).join(" | "));
}
const pick = (i: number) => { const p = ps[i]!; console.log("-", p.title, "|", p.form, p.firstSignatureYear, p.startYear, p.status, p.endDate, "\n  ", p.description, "\n  ", p.objectives.local, "|", p.objectives.france, "|", p.context, "|", p.history); };
for (let i = 10; i < 30; i++) pick(i);
// partners with most partnerships
const cnt = new Map<string, number>(); for (const p of ps) for (const f of p.foreignPartners) cnt.set(f.country + " " + f.name, (cnt.get(f.country + " " + f.name) ?? 0) + 1);
console.log([...cnt].sort((a,b)=>b[1]-a[1]).slice(0,15));
const dist = new Map<number, number>(); for (const v of cnt.values()) dist.set(v, (dist.get(v) ?? 0) + 1); console.log([...dist].sort((a,b)=>a[0]-b[0]).slice(0,12));
// DE years
const de = ps.filter(p => p.foreignPartners[0]!.country === "DE"); const ys = de.map(p => p.firstSignatureYear!).filter(Boolean).sort((a,b)=>a-b);
console.log("DE median year", ys[ys.length>>1], "1950s", ys.filter(y=>y<1960).length, "jumelage", de.filter(p=>p.form==="Jumelage").length);
const dev = ps.filter(p => p.form === "Projet de coopération décentralisée"); const ys2 = dev.map(p=>p.firstSignatureYear!).filter(Boolean).sort((a,b)=>a-b);
console.log("projects p10/p50/p90", ys2[Math.floor(ys2.length*0.1)], ys2[ys2.length>>1], ys2[Math.floor(ys2.length*0.9)]);
const tw = ps.filter(p => p.form === "Jumelage"); console.log("twinnings funded", tw.filter(p=>p.funding.length).length, "/", tw.length, "ongoing", tw.filter(p=>p.status==="ongoing").length);
console.log("projects funded", dev.filter(p=>p.funding.length).length, "/", dev.length);
const th = new Map<string, number>(); for (const p of ps) if (p.theme) th.set(p.theme.theme, (th.get(p.theme.theme) ?? 0) + 1); console.log(th);
const pf = ps.filter(p => p.frenchAuthorities.some(a => a.code === "75056")); const pc = new Map<string, number>(); for (const p of pf) pc.set(p.foreignPartners[0]!.country!, (pc.get(p.foreignPartners[0]!.country!) ?? 0)+1);
console.log("Paris countries", pc.size, [...pc].sort((a,b)=>b[1]-a[1]).slice(0,10));
const fin = new Map<string, number>(); for (const p of ps) for (const r of p.funding) fin.set(r.financer.startsWith("Agence de l") ? "agence eau" : r.category === "french-authority" ? "own" : r.financer, (fin.get(r.financer.startsWith("Agence de l") ? "agence eau" : r.category === "french-authority" ? "own" : r.financer) ?? 0) + 1); console.log(fin);
console.log("oudin rows", ps.flatMap(p=>p.funding).filter(r=>r.oudinAmount!==null).length);
const paris = ps.filter(p => p.frenchAuthorities[0]!.code === "75056").flatMap(p=>p.funding).filter(r=>r.year===2024).reduce((s,r)=>s+r.amount,0); console.log("Paris 2024 M€", paris/1e6);
