// Letters that Unicode decomposition (NFKD) does not turn into ASCII, spelled the way the
// languages that use them write them without diacritics (ø → o, ß → ss, æ → ae), and the Greek
// and Cyrillic alphabets transliterated letter by letter (ISO 843 / ISO 9 simplified to ASCII).
// Scripts not listed here (CJK, Arabic, Hebrew…) are dropped: the name falls back to a number.
const LATIN: Record<string, string> = {
  ø: "o",
  Ø: "O",
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ł: "l",
  Ł: "L",
  ħ: "h",
  Ħ: "H",
  ı: "i",
  ĸ: "k",
  ŋ: "ng",
  Ŋ: "NG",
  ŀ: "l",
  Ŀ: "L",
  ſ: "s",
  ŧ: "t",
  Ŧ: "T",
  ƒ: "f",
};

const GREEK = "αa βv γg δd εe ζz ηi θth ιi κk λl μm νn ξx οo πp ρr σs ςs τt υy φf χch ψps ωo";
const CYRILLIC =
  "аa бb вv гg дd еe ёe жzh зz иi йi кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ъ ыy ь эe юyu яya іi їi єe ґg ўu ђdj јj љlj њnj ћc џdz";

function table(pairs: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs.split(" ")) {
    const [letter, ...rest] = Array.from(pair);
    map[letter!] = rest.join("");
    map[letter!.toUpperCase()] = rest.join("");
  }
  return map;
}

const LETTERS: Record<string, string> = { ...LATIN, ...table(GREEK), ...table(CYRILLIC) };

/** Replaces each letter of the table by its ASCII spelling; everything else is left as is. */
export function transliterate(text: string): string {
  return Array.from(text, (char) => LETTERS[char] ?? char).join("");
}
