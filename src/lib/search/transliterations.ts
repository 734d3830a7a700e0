// The site's key names as readers type them, from the project glossary: each Arabic spelling, the
// English one, and the variants people write. The search treats all of them as the same name, so
// "Tadamon" finds the Arabic pages and "قيصر" the English ones. Keep it small: only names that
// the pages are about, spelled as the pages spell them.
export interface Transliteration {
  /** As the Arabic pages write it. */
  ar: string;
  /** As the English pages write it. */
  en: string;
  /** Other spellings readers type, in either script. */
  variants: string[];
}

export const TRANSLITERATIONS: readonly Transliteration[] = [
  // Places
  { ar: 'التضامن', en: 'Tadamon', variants: ['al-Tadamon', 'Tadhamon', 'Tadamun', 'Tadamoun', 'Tadhamun', 'تضامن'] },
  {
    ar: 'تل النصر',
    en: 'Tal al-Nasr',
    variants: ['Tel al-Nasr', 'Tell al-Nasr', 'Tal Nasr', 'Tal an-Nasr', 'Tall al-Nasr'],
  },
  { ar: 'دمشق', en: 'Damascus', variants: ['Dimashq', 'Damas'] },
  { ar: 'حمص', en: 'Homs', variants: ['Hims', 'Hums'] },
  { ar: 'درعا', en: 'Daraa', variants: ["Dar'a", 'Deraa', 'Dera', 'Daraa'] },
  { ar: 'الوعر', en: 'Waer', variants: ['al-Waer', "al-Wa'r", "Wa'r", 'al-Wa‘r'] },
  { ar: 'دير بعلبة', en: 'Deir Baalba', variants: ["Dayr Ba'lba", 'Deir Balba', 'Deir Ba‘lba'] },
  {
    ar: 'كفرسوسة',
    en: 'Kafr Sousa',
    variants: ['Kafr Sousseh', 'Kafarsouseh', 'Kafrsousa', 'Kafr Sousseh', 'Kafr Susa', 'كفر سوسة'],
  },
  { ar: 'المزة', en: 'Mezzeh', variants: ['al-Mezzeh', 'Mezze', 'Mazzeh', 'Mezzah'] },
  { ar: 'كوبلنز', en: 'Koblenz', variants: ['Coblenz'] },
  { ar: 'الجولان', en: 'Golan', variants: ['al-Jawlan', 'Jawlan', 'Jolan'] },
  // People
  { ar: 'قيصر', en: 'Caesar', variants: ['Qaisar', 'Qaysar', 'Kaisar', 'Qayser', 'Qaiser', 'Kayser'] },
  {
    ar: 'أمجد يوسف',
    en: 'Amjad Youssef',
    variants: ['Amjad Yousef', 'Amjad al-Youssef', 'Amjad Yusuf', 'Amjad Yousif', 'أمجد اليوسف'],
  },
  { ar: 'يوسف', en: 'Youssef', variants: ['Yousef', 'Yusuf', 'Yousif'] },
  { ar: 'نجيب الحلبي', en: 'Najib al-Halabi', variants: ['Najeeb Halabi', 'Najib Halabi', 'Najeeb al-Halabi'] },
  { ar: 'شحود', en: 'Shahhoud', variants: ['Shahoud', 'Shahud'] },
  { ar: 'أنصار', en: 'Annsar', variants: ['Ansar'] },
  { ar: 'الأسد', en: 'Assad', variants: ['al-Assad', 'Asad', 'al-Asad', 'الاسد'] },
  { ar: 'بشار', en: 'Bashar', variants: ['Bachar', 'Bashshar'] },
  { ar: 'رسلان', en: 'Raslan', variants: ['Rislan'] },
  { ar: 'الغريب', en: 'Gharib', variants: ['al-Gharib', 'Ghareeb'] },
  { ar: 'المذهان', en: 'Madhhan', variants: ['al-Madhhan', 'al-Madhan', 'Madhan'] },
  { ar: 'الحريري', en: 'Hariri', variants: ['al-Hariri'] },
  { ar: 'المسلط', en: 'Meslet', variants: ['al-Meslet', 'Muslet', 'al-Muslet'] },
  // English pages write Üngör, which the search reads as Ungor. Arabic media also write أونجور (Al-Araby Al-Jadeed, Alhurra) and أنجور (Enab Baladi).
  { ar: 'أونغور', en: 'Ungor', variants: ['Üngör', 'Üngor', 'Ungör', 'أونجور', 'أنجور', 'اونغور'] },
  { ar: 'الجزائري', en: 'Jazairi', variants: ['al-Jazairi', 'Jazaeri', 'Jazayri', 'جزائري'] },
  // Documents and institutions
  { ar: 'فكتوريا', en: 'Victoria', variants: ['فيكتوريا'] },
  { ar: 'هيومن رايتس ووتش', en: 'Human Rights Watch', variants: ['HRW'] },
  // The official title (SANA); English sources write "Damascus security chief".
  {
    ar: 'مدير أمن دمشق',
    en: 'Damascus security chief',
    variants: ['رئيس الأمن في دمشق', 'مدير الأمن في دمشق', 'Damascus security director'],
  },
  // Words, not names: one spelling on the pages, another that readers type.
  { ar: 'مستشفى', en: 'hospital', variants: ['مشفى'] },
];
