package dev.taiwa.service.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShinjitaiVariantsTest {
  private final IcuNameFolding folding = new IcuNameFolding();

  @ParameterizedTest(name = "{0} (shinjitai) folds like {1} (Traditional) and {2} (Simplified)")
  @CsvSource({
    "桜,櫻,樱", "沢,澤,泽", "広,廣,广", "鉄,鐵,铁", "駅,驛,驿", "売,賣,卖", "読,讀,读", "経,經,经", "済,濟,济",
    "団,團,团", "発,發,发", "気,氣,气", "険,險,险", "検,檢,检", "関,關,关", "応,應,应", "総,總,总", "芸,藝,艺",
    "図,圖,图", "実,實,实", "竜,龍,龙", "浜,濱,滨", "辺,邊,边", "県,縣,县", "営,營,营", "労,勞,劳", "満,滿,满",
    "楽,樂,乐", "薬,藥,药", "対,對,对", "続,續,续", "転,轉,转", "軽,輕,轻", "圧,壓,压", "価,價,价", "覚,覺,觉",
    "様,樣,样", "査,查,查", "択,擇,择", "繊,纖,纤", "黒,黑,黑", "恵,惠,惠", "斉,齊,齐", "亜,亞,亚", "戦,戰,战",
    "単,單,单", "両,兩,两", "塩,鹽,盐", "銭,錢,钱", "歳,歲,岁", "舗,舖,铺", "徳,德,德", "姫,姬,姬", "蔵,藏,藏"
  })
  void aShinjitaiFoldsLikeItsTraditionalForm(
      String shinjitai, String traditional, String simplified) {
    assertEquals(simplified, folding.fold(traditional), "ICU folds the Traditional form");
    assertEquals(simplified, folding.fold(shinjitai), "the table folds the shinjitai");
  }

  @Test
  void everyEntryOfTheTableIsACharacterIcuLeavesAlone() {
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    String redundant =
        ShinjitaiVariants.TO_SIMPLIFIED.entrySet().stream()
            .filter(e -> icu.transliterate(String.valueOf(e.getKey())).equals("" + e.getValue()))
            .map(e -> String.valueOf(e.getKey()))
            .sorted()
            .collect(Collectors.joining());
    assertEquals("", redundant, "ICU folds these already: they need no entry");
  }
}
