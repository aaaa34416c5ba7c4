package dev.taiwa.cases.patent.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * The 25 specified technology fields as the Cabinet Order (Art. 12(1)) lists them, in force with
 * Chapter 5 of the Economic Security Promotion Act on 2024-05-01. Fields (1)–(17) are confirmed by
 * several sources, (18)–(25) are widely cited but unconfirmed here; (10)–(19) carry the additional
 * requirement. The IPC mapping is left EMPTY: no source for the groups could be cited while this
 * was written (the mapping was revised in 2025), and an invented IPC code would route real
 * applications wrongly. Administrators add the mapping as a new revision.
 */
public final class StandardSpecifiedFields {
  public static final SpecifiedFieldRevision REVISION_2024 =
      new SpecifiedFieldRevision(
          "SF-2024-05-01",
          "特許出願の非公開に関する制度 政令第12条第1項（特定技術分野）",
          LocalDate.of(2024, 5, 1),
          "Fields (18)-(25) unconfirmed; IPC mapping not yet entered (no citable source).",
          List.of(
              field(1, "航空機等の偽装・隠ぺい技術", "Camouflage / concealment of aircraft etc.", false),
              field(
                  2,
                  "武器等に関係する無人航空機・自律制御等の技術",
                  "Weapons-related unmanned aircraft, autonomous control",
                  false),
              field(3, "誘導武器等に関する技術", "Guided weapons", false),
              field(4, "発射体・飛翔体の弾道に関する技術", "Ballistics of projectiles and flying objects", false),
              field(5, "電磁気式ランチャを用いた武器に関する技術", "Electromagnetic-launcher weapons", false),
              field(
                  6,
                  "例えばレーザ兵器、電磁パルス（EMP）弾のような新たな攻撃又は防御技術",
                  "New attack/defence technologies such as lasers, EMP",
                  false),
              field(7, "航空機・誘導ミサイルに対する防御技術", "Defence against aircraft and guided missiles", false),
              field(8, "潜水船に配置される攻撃・防護装置に関する技術", "Attack/protection devices on submarines", false),
              field(
                  9,
                  "音波を用いた位置測定等の技術であって武器に関するもの",
                  "Acoustic position finding, weapons-related",
                  false),
              field(10, "スクラムジェットエンジン等に関する技術", "Scramjet engines", true),
              field(11, "固体燃料ロケットエンジンに関する技術", "Solid-fuel rocket engines", true),
              field(12, "潜水船に関する技術", "Submarines", true),
              field(13, "無人水中航走体等に関する技術", "Unmanned underwater vehicles", true),
              field(
                  14,
                  "音波を用いた位置測定等の技術であって潜水船等に関するもの",
                  "Acoustic position finding for submarines etc.",
                  true),
              field(
                  15,
                  "宇宙航行体の熱防護、再突入、結合・分離、隕石検知に関する技術",
                  "Spacecraft thermal protection, re-entry, docking, meteor detection",
                  true),
              field(16, "宇宙航行体の観測・追跡技術", "Spacecraft observation and tracking", true),
              field(
                  17,
                  "量子ドット・超格子構造を有する半導体受光装置等に関する技術",
                  "Quantum-dot / superlattice semiconductor photodetectors",
                  true),
              field(
                  18,
                  "耐タンパ性ハウジングにより計算機の部品等を保護する技術",
                  "Tamper-resistant housings protecting computer parts",
                  true),
              field(19, "通信妨害等に関する技術", "Communications jamming", true),
              field(20, "ウラン・プルトニウムの同位体分離技術", "Uranium / plutonium isotope separation", false),
              field(
                  21,
                  "使用済み核燃料の分解・再処理等に関する技術",
                  "Spent nuclear fuel decomposition / reprocessing",
                  false),
              field(22, "重水に関する技術", "Heavy water", false),
              field(23, "核爆発装置に関する技術", "Nuclear explosive devices", false),
              field(24, "ガス弾用組成物に関する技術", "Compositions for gas munitions", false),
              field(25, "ガス、粉末等を散布する弾薬等に関する技術", "Munitions dispersing gas, powder etc.", false)));

  private StandardSpecifiedFields() {}

  private static SpecifiedField field(int number, String ja, String en, boolean additional) {
    return new SpecifiedField(number, ja, en, additional, List.of());
  }
}
