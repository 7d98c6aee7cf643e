/**
 * Generated foreign place names: syllables typical of each language group, assembled so that
 * they read plausibly ("Lindenhausen", "Kanbadougou", "Ambatokely"). They are invented; any match
 * with a real place is a coincidence. No names of people are ever generated.
 */
import type { LanguageGroup } from "./countries-weights";
import type { Rng } from "./random";

interface Syllables {
  /** Optional words put before the name, with a space ("Sidi", "Bad"). */
  prefixes?: readonly string[];
  prefixRate?: number;
  onsets: readonly string[];
  /** Optional connecting syllables, "" included when they are optional. */
  middles?: readonly string[];
  endings: readonly string[];
  /** "" (one word), " " (two capitalised words) or "-". */
  separator?: "" | " " | "-";
  /** Qualifiers used to tell apart two places that came out the same. */
  qualifiers: readonly string[];
}

const w = (text: string): string[] => text.trim().split(/\s+/);

const SYLLABLES: Record<LanguageGroup, Syllables> = {
  de: {
    prefixes: ["Bad", "Neu", "Alt"],
    prefixRate: 0.05,
    onsets: w("Alt Bern Birk Dorn Eich Falk Frei Gross Hagen Hohen Kirch Lauter Linden Mar Neu Ober Ros Schön Stein Wal Wei Wolf Brun Elm Hart Hirsch Kalt Lich Mühl Rein Sonn Tann Unter Wester Zell Ebers Gern Otter Rott Sieg Hainer Leut Fried Weil Nord"),
    middles: ["", "", "", "en", "s", "er"],
    endings: w("berg burg dorf heim hausen feld stadt bach ingen au brück hofen kirchen weiler rode tal stein wald furt leben"),
    qualifiers: [" am Main", " an der Lahn", " im Tal", "-Nord", "-Süd", " am See", " an der Weser", " im Wald"],
  },
  en: {
    onsets: w("Ash Brad Brook Chester Clay Dun East Fair Glen Hales Hart Kings Lang Mill New North Oak Rad Stan Stock Thorn Wal West Wey Whit Wood Bar Burn Craw Hol Lynd Marl Pen Sel Tam"),
    endings: w("ford bury ton ham field wick ley worth by mouth stead well bridge caster dale hurst moor ridge brook minster"),
    qualifiers: [" upon Avon", " on Sea", " Green", " Heath", "-on-the-Hill", " Cross", " Vale"],
  },
  fr: {
    prefixes: ["Saint-", "Sainte-", "Notre-Dame-de-", "Petit-", "Grand-", "Anse-à-"],
    prefixRate: 0.2,
    onsets: w("Beau Belle Bois Champ Château Clair Fleur Font Haut Mont Pont Roche Val Vert Ville Mar Lan Cor Riv Sab Trois Ros Mal Bel"),
    endings: w("ville mont fort val court champ bourg ière oy ais igny ac ac-sur-Mer ières ennes eau"),
    qualifiers: ["-des-Bois", "-sur-Rivière", "-les-Pins", "-du-Lac", "-en-Haut", "-la-Vallée"],
  },
  it: {
    onsets: w("Alba Bel Borgo Brac Cal Casal Castel Cer Civi Col Fer Gall Lav Mon Mont Nov Pal Pont Roc Sal Ser Tor Val Vig Vol Ari Orv Spo Fra Len Mar Pog"),
    endings: w("ano ella ino ato ese ola eto iano ara ona enza aro ate ice ello"),
    qualifiers: [" di Sopra", " di Sotto", " Marittima", " al Monte", " Vecchio", " Superiore"],
  },
  iber: {
    onsets: w("Alca Alme Bena Calas Cam Car Cas Cor Esp Fuen Gua Lor Mar Mir Mon Ol Pal Ri Sal Ser Tor Val Vil Za Bar Alde Quin Esta Arro Bra Cha Tri"),
    endings: w("ada ales ama ares ejo illa ino ón osa ueva era ero ilar eira inha elo ança ales eda"),
    qualifiers: [" del Río", " de Abajo", " de Arriba", " Nova", " del Monte", " de la Sierra", " Velha"],
  },
  slav: {
    onsets: w("Bial Bor Brze Chel Dobr Gor Kras Lip Nov Ostr Pol Rad Siem Sos Star Tar Vel Wol Zag Kam Mil Grod Luk Prz Byst Tro Slav Bel Zlat Vys"),
    endings: w("ov ice owo ino ica ovac any sk in ec ovo yn ka ograd ovka ets ovice"),
    qualifiers: ["-Górny", "-Dolny", " Nowy", " Stary", "-Zapad", "-Istok"],
  },
  ro: {
    onsets: w("Bra Buz Căl Cer Cod Corn Dum Fag Giur Lun Mer Mih Od Pet Rad Sib Tul Vas Zăr Ung Sol Vâl Ghe Mol Hâr"),
    endings: w("ești eni ani ița ova uța ăuți aia oaia ineni eşti ăreni"),
    qualifiers: [" de Sus", " de Jos", " Noi", " Vechi", " Mare", " Mic"],
  },
  hu: {
    onsets: w("Bala Buda Csong Debre Eger Gyo Kecs Kis Mis Nagy Pap Sze Tata Vesz Zala Sár Tisza Duna Bak Hód"),
    endings: w("vár falva háza kút szeg halom egyháza keresztúr telek bánya liget hegy"),
    qualifiers: ["-Felső", "-Alsó", "-Újfalu", "-Puszta"],
  },
  nordic: {
    onsets: w("Ber Dal Eke Gron Hal Hol Lin Mal Ny Oost Ros Sand Sko Ste Ulv Vest West Zand Bree Heer Tal Kur Sigul Val Rau"),
    endings: w("by dal rup sted holm ingen voorde hout kerke broek vik sund torp berg lund ala maa"),
    qualifiers: ["-Nord", "-Syd", " Oost", " West", "-Strand"],
  },
  gr: {
    onsets: w("Ag Ano Kala Kato Lef Mega Nea Pal Perist Thes Xyl Kor Ner Vor Sar Pog Lush"),
    endings: w("ia os ada eri ona akis ero oupoli issa ades anë aj"),
    qualifiers: [" Ano", " Kato", " Nea", " Palea"],
  },
  cauc: {
    onsets: w("Ara Ash Gor Hra Kap Mar Nor Sev Vagh Yegh Ijev Dil Tash Zes Ach Lag Kvar Gud Sha Gan"),
    endings: w("ashen avan ijan adzor aberd ani uri eti ali avi ak apat"),
    qualifiers: [" Nor", " Verin", " Nerkin", " Zemo", " Kvemo"],
  },
  turk: {
    onsets: w("Ak Bay Çam Dere Esk Gök Kara Kız Sarı Yeni Kum Tash Orta Sar Bek Ulan Ala Kok Zar Tor"),
    endings: w("abad köy kent su tepe ova lar dağ pınar bulak bel tau kul"),
    qualifiers: [" Yukarı", " Aşağı", "-Khuduk", " Kishi", " Uly"],
  },
  maghreb: {
    prefixes: ["Aït", "Sidi", "Ben", "Beni", "Oulad", "Ras el", "Aïn", "Dar", "Tizi"],
    prefixRate: 0.3,
    onsets: w("Tam Tag Tar Zag Bou Had Mel Mar Kas Tiz Ouar Mes Nad Bir Fer Kel Sel Tin Aza Agad"),
    middles: ["", "", "ou", "a", "i"],
    endings: w("ouine alt ouda erte ane ra ir zine ia ssa lia ghir louf mane nit djine"),
    qualifiers: [" El Jadida", " Centre", " Sud", " Nord", " Ouest", " Est"],
  },
  levant: {
    prefixes: ["Kfar", "Deir", "Beit", "Tell", "Ain", "Majdal", "Bani", "Khirbet"],
    prefixRate: 0.4,
    onsets: w("Bar Hal Jab Kar Mar Nab Qal Ram Sal Tal Zah Shou Baal Jez Ham Hasb Rash"),
    middles: ["", "", "a", "i", "ou"],
    endings: w("aya ine oun ra ba iye oum ayel ieh ane ta at"),
    qualifiers: [" el Faouqa", " el Tahta", " el Jadida", " Chamali", " Janoubi"],
  },
  westafr: {
    onsets: w("Ba Bou Di Do Fa Ga Ka Ki Kou Ma Mo Nia Ou Sa Se Si So Ta Te To Ya Zi Dja Ndia Gou Tié Kolo Sé Dan Bam Koum Lo Pis Yak Kaï Zin"),
    middles: ["", "", "ma", "ba", "ko", "la", "ri", "ga", "ra", "né", "di", "bou", "ka", "ssa"],
    endings: w("ko na ba dougou ni ra bé go lé ssi tenga gou ya mbo né dji kan rou ssé kro"),
    qualifiers: [" Centre", "-Koura", "-Nord", "-Sud", " Plateau", "-Gare"],
  },
  bantu: {
    onsets: w("Ba Bo Di Ka Ki Lo Ma Mba Mo Nga Ngo Nya Ya Ebo Mbo Lu Bu Ruh Gi Ki Ndo Mu Ntu Ri Sa Ilo Mwa"),
    middles: ["", "", "la", "ma", "nge", "ku", "ta", "ri"],
    endings: w("ngo la mba ssa ndé kolo bi ké ma nda tshi ngi sa lé ro zi mbe ni nga"),
    qualifiers: [" II", " Centre", "-Ville", "-Nord", "-Sud"],
  },
  mg: {
    onsets: w("Ambo Anta Ana Fia Mana Tsara Ando Ambato Ankaza Maro Fara Ima Vohi Soa Beta Ambala Mahi"),
    middles: ["", "", "na", "ra", "la", "ma", "vo", "tsi"],
    endings: w("kely be vory nana mbola drano tsara ravina fotsy hitra lina zaka soa tany"),
    qualifiers: [" Atsimo", " Avaratra", " Andrefana", " Atsinanana"],
  },
  vn: {
    separator: " ",
    onsets: w("An Bao Binh Cam Dong Hai Hoa Hung Lam Long Minh Nam Ninh Phong Phu Quang Tan Thanh Thuan Trung Vinh Xuan Yen Duc Tam Son Ha Lac Dien Kim Thai"),
    endings: w("An Bao Binh Cam Dong Hai Hoa Hung Lam Long Minh Nam Ninh Phong Phu Quang Tan Thanh Thuan Trung Vinh Xuan Yen Duc Tam Son Ha Lac Dien Kim Thai"),
    qualifiers: [" Bac", " Nam", " Tay", " Dong", " Thuong", " Ha"],
  },
  cn: {
    onsets: w("An Bai Chang Cheng Da Dong Feng Fu Guang Hai He Heng Hua Jian Jin Kai Lan Li Lin Long Nan Ning Ping Qing Shan Shou Tai Tian Wu Xi Xin Yang Yong Yu Zhang Zhou"),
    endings: w("an bai chang cheng du feng fu guang hai he hua jiang jin kou lan lin ling ning ping qing shan tai tian xi xing yang yuan zhou"),
    qualifiers: [" Bei", " Nan", " Dong", " Xi"],
  },
  jp: {
    onsets: w("Aka Asa Fuji Hana Higashi Hira Ichi Kami Kawa Kita Matsu Mina Miya Naka Nishi Oka Saka Shima Taka Yama Yoshi Tsuru Mori Kuro Shiro Ao Tama"),
    endings: w("gawa hara kawa mura moto saki shima ta yama zawa oka no ura zaki mi da"),
    qualifiers: ["-Higashi", "-Nishi", "-Kita", "-Minami"],
  },
  kr: {
    onsets: w("Gang Geum Gwang Nam Dae Mok Bu Seo Yang Jin Cheong Han Hwa Gim Po Su Ul Won Yeo Jeong Hong An"),
    endings: w("ju san cheon won pyeong seong hae dong yang po gu gye"),
    qualifiers: ["-buk", "-nam", "-dong", "-seo"],
  },
  sea: {
    prefixes: ["Kampong", "Ban", "Muang", "Phum", "Desa"],
    prefixRate: 0.3,
    onsets: w("Ka Sa Pa Ta Ma Na La Ba Xay Phon Savan Sura Luang Chan Prey Svay Siem Bantul Kuta Tanjong Vila Malo"),
    middles: ["", "", "ra", "wa", "ng", "ya"],
    endings: w("buri ket thong khan bang phon rith mong vong ngan sari jaya pura wati"),
    qualifiers: [" Nuea", " Tai", " Lor", " Tbong", " Utara", " Selatan"],
  },
  sasia: {
    onsets: w("Ali Bhav Chand Dev Gan Har Jai Kal Kri Man Nag Ram Shiv Sri Sur Vis Pal Raj Kath Pok Bir Gal Dhar"),
    endings: w("pur nagar abad garh gaon kot pura wadi ganj palli patti khola"),
    qualifiers: [" Kalan", " Khurd", " East", " West"],
  },
  il: {
    prefixes: ["Kiryat", "Ramat", "Givat", "Neve", "Beit", "Kfar", "Ma'ale", "Ein", "Mitzpe"],
    prefixRate: 0.7,
    onsets: w("Adar Hadas Shalev Oren Tamar Yarden Dekel Rimon Gefen Alon Ora Shaked Erez Nof Zohar"),
    endings: ["", "", "", "a", "im", "ot"],
    qualifiers: [" Aleph", " Bet", " Hadasha"],
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One random place name of the language group. */
export function placeName(rng: Rng, lang: LanguageGroup): string {
  const s = SYLLABLES[lang];
  const separator = s.separator ?? "";
  let core = rng.pick(s.onsets);
  if (s.middles) core += rng.pick(s.middles);
  let ending = rng.pick(s.endings);
  if (separator === " ") {
    while (ending === core) ending = rng.pick(s.endings);
    core = `${core} ${ending}`;
  } else {
    core = capitalize(core + ending);
  }
  core = core.replace(/(\p{L})\1\1+/gu, "$1$1"); // "Messsa" → "Messa"
  if (s.prefixes && rng.chance(s.prefixRate ?? 0)) {
    const prefix = rng.pick(s.prefixes);
    core = prefix.endsWith("-") ? prefix + core : `${prefix} ${core}`;
  }
  return core;
}

/**
 * A place name not yet in `taken` (the names already used in the country), which it is added to.
 * After a few draws it qualifies the name ("-Nord", " de Jos"…), then numbers it.
 */
export function uniquePlaceName(rng: Rng, lang: LanguageGroup, taken: Set<string>): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const name = placeName(rng, lang);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const qualifiers = SYLLABLES[lang].qualifiers;
  for (let attempt = 0; attempt < 8; attempt++) {
    const name = placeName(rng, lang) + rng.pick(qualifiers);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const base = placeName(rng, lang);
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const VOWEL_START = /^[AEIOUYÂÊÎÔÛÉÈÀ]/i;

/** "Commune de" + "Ambatokely" → "Commune d'Ambatokely"; "Région" + "Anosy" → "Région Anosy". */
export function designate(label: string, place: string): string {
  if (label.endsWith(" de") && VOWEL_START.test(place)) return `${label.slice(0, -3)} d'${place}`;
  return `${label} ${place}`;
}
