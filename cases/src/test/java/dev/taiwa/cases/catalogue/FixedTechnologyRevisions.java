package dev.taiwa.cases.catalogue;

import static dev.taiwa.cases.catalogue.TechnologyStatus.EFFECTIVE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The real technology list in two revisions: ①–⑩ from 2024-12-30; then the revision of 2026-04-07
 * listing ①–㉔, ⑪–⑲ in force from that day and ⑳–㉔ from 2026-07-01.
 */
public final class FixedTechnologyRevisions implements TechnologyRevisions {
  public static final LocalDate FIRST_LIST = LocalDate.of(2024, 12, 30);
  public static final LocalDate SECOND_LIST = LocalDate.of(2026, 4, 7);
  public static final LocalDate LAST_FIVE = LocalDate.of(2026, 7, 1);

  private static final String[][] ITEMS = {
    {"積層セラミックコンデンサ（MLCC）", "Multilayer ceramic capacitors"},
    {"SAW及びBAWフィルタ", "SAW and BAW filters"},
    {"電解銅箔", "Electrolytic copper foil"},
    {"誘電体フィルム", "Dielectric film"},
    {"チタン酸バリウム（粉体）", "Barium titanate (powder)"},
    {"炭素繊維", "Carbon fibre"},
    {"炭化ケイ素繊維", "Silicon carbide fibre"},
    {"フォトレジスト", "Photoresist"},
    {"非鉄金属ターゲット材", "Non-ferrous metal target materials"},
    {"走査型電子顕微鏡（SEM）及び透過型電子顕微鏡（TEM）", "Scanning / transmission electron microscopes"},
    {"磁気センサー", "Magnetic sensors"},
    {"スポンジチタン", "Titanium sponge"},
    {"正負極バインダ", "Cathode / anode binders"},
    {"固体電解質", "Solid electrolytes"},
    {"セパレータ製造装置", "Separator manufacturing equipment"},
    {"量子ドット", "Quantum dots"},
    {"TADF材料（有機EL次世代発光材料）", "TADF materials (next-generation OLED emitters)"},
    {"位相差フィルム", "Retardation film"},
    {"軟性内視鏡", "Flexible endoscopes"},
    {"ソルダーレジスト", "Solder resist"},
    {"GaN基板（GaN on GaN）", "GaN substrates (GaN on GaN)"},
    {"永久磁石", "Permanent magnets"},
    {"ペロブスカイト太陽電池", "Perovskite solar cells"},
    {"シンチレータ", "Scintillators"},
  };

  @Override
  public List<TechnologyRevision> all() {
    return List.of(
        new TechnologyRevision(
            "2024-12-30", "METI Notice No. 178 of 2024", FIRST_LIST, null, items(10)),
        new TechnologyRevision(
            "2026-04-07",
            "METI Notice No. 178 of 2024 (as amended)",
            SECOND_LIST,
            "effective dates of items 11-24 unconfirmed",
            items(24)));
  }

  private static List<Technology> items(int count) {
    List<Technology> items = new ArrayList<>();
    for (int number = 1; number <= count; number++) {
      items.add(
          new Technology(
              number,
              ITEMS[number - 1][0],
              ITEMS[number - 1][1],
              EFFECTIVE,
              effectiveFrom(number)));
    }
    return items;
  }

  public static LocalDate effectiveFrom(int number) {
    return number <= 10 ? FIRST_LIST : number <= 19 ? SECOND_LIST : LAST_FIVE;
  }
}
