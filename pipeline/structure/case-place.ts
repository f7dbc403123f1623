/** The 47 prefectures, as printed in tags (longest names cannot be prefixes of others). */
const PREFECTURES: readonly string[] = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
];

/** Where a case took place: a prefecture, and the municipalities printed after it (none for a prefecture's own case). */
export interface CasePlace {
  prefecture: string;
  /** As printed, without spaces: 「佐用町」, 「長崎市、五島市」; null for a prefecture-only case. */
  municipality: string | null;
  municipalities: string[];
}

/**
 * Reads a tag's place (「兵庫県佐用町」, 「群馬県 前橋市」, 「長崎県 長崎市、五島市」, 「高知県」), text
 * already normalised. Undefined when it does not open with a prefecture: then it is no tag.
 */
export function parsePlace(place: string, separator: RegExp): CasePlace | undefined {
  const text = place.replace(/\s+/gu, '');
  const prefecture = PREFECTURES.find((name) => text.startsWith(name));
  if (prefecture === undefined) return undefined;
  const rest = text.slice(prefecture.length);
  const municipalities = rest.split(separator).filter((name) => name !== '');
  return { prefecture, municipality: rest === '' ? null : rest, municipalities };
}
