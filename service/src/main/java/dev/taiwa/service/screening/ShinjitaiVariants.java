package dev.taiwa.service.screening;

import java.util.Map;

/**
 * Japanese shinjitai (新字体) that are neither Traditional nor Simplified Chinese, so ICU's
 * Traditional-Simplified leaves them as they are: each mapped to the Simplified character its
 * Traditional form (kyūjitai) folds to, e.g. 桜 (shinjitai) / 櫻 (Traditional) / 樱 (Simplified). Only
 * characters common in company and body names; {@code ShinjitaiVariantsTest} checks each pair
 * against ICU.
 */
final class ShinjitaiVariants {

  /** shinjitai → Simplified; the Traditional form of each is in the comment for the reader. */
  static final Map<Character, Character> TO_SIMPLIFIED =
      Map.ofEntries(
          Map.entry('桜', '樱'), // 櫻
          Map.entry('沢', '泽'), // 澤
          Map.entry('広', '广'), // 廣
          Map.entry('鉄', '铁'), // 鐵
          Map.entry('駅', '驿'), // 驛
          Map.entry('売', '卖'), // 賣
          Map.entry('読', '读'), // 讀
          Map.entry('経', '经'), // 經
          Map.entry('済', '济'), // 濟
          Map.entry('団', '团'), // 團
          Map.entry('発', '发'), // 發
          Map.entry('気', '气'), // 氣
          Map.entry('険', '险'), // 險
          Map.entry('検', '检'), // 檢
          Map.entry('応', '应'), // 應
          Map.entry('総', '总'), // 總
          Map.entry('芸', '艺'), // 藝
          Map.entry('図', '图'), // 圖
          Map.entry('実', '实'), // 實
          Map.entry('竜', '龙'), // 龍
          Map.entry('浜', '滨'), // 濱
          Map.entry('辺', '边'), // 邊
          Map.entry('県', '县'), // 縣
          Map.entry('営', '营'), // 營
          Map.entry('労', '劳'), // 勞
          Map.entry('満', '满'), // 滿
          Map.entry('楽', '乐'), // 樂
          Map.entry('薬', '药'), // 藥
          Map.entry('蔵', '藏'), // 藏 (already Simplified)
          Map.entry('対', '对'), // 對
          Map.entry('続', '续'), // 續
          Map.entry('転', '转'), // 轉
          Map.entry('軽', '轻'), // 輕
          Map.entry('圧', '压'), // 壓
          Map.entry('価', '价'), // 價
          Map.entry('覚', '觉'), // 覺
          Map.entry('様', '样'), // 樣
          Map.entry('査', '查'), // 查 (the Japanese form differs by a stroke)
          Map.entry('歳', '岁'), // 歲
          Map.entry('銭', '钱'), // 錢
          Map.entry('択', '择'), // 擇
          Map.entry('繊', '纤'), // 纖
          Map.entry('舗', '铺'), // 舖
          Map.entry('徳', '德'), // 德 (the stroke differs)
          Map.entry('黒', '黑'), // 黑
          Map.entry('恵', '惠'), // 惠
          Map.entry('斉', '齐'), // 齊
          Map.entry('亜', '亚'), // 亞
          Map.entry('戦', '战'), // 戰
          Map.entry('単', '单'), // 單
          Map.entry('両', '两'), // 兩
          Map.entry('塩', '盐'), // 鹽
          Map.entry('姫', '姬')); // 姬

  private ShinjitaiVariants() {}

  /** {@code text} with every listed shinjitai replaced by its Simplified form. */
  static String toSimplified(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(TO_SIMPLIFIED.getOrDefault(c, c));
    }
    return out.toString();
  }
}
