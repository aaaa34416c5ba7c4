package dev.taiwa.tools.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic foreign counterparties outside the Group A countries, named in their own script and
 * romanised, with a country weight.
 */
final class Counterparties {
  record Country(String code, int weight, List<String[]> names) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country(
              "CN",
              40,
              List.<String[]>of(
                  new String[] {"华东精密电子有限公司", "Huadong Precision Electronics Co., Ltd."},
                  new String[] {"深圳新材料科技有限公司", "Shenzhen New Materials Technology Co., Ltd."},
                  new String[] {"江苏光电股份有限公司", "Jiangsu Optoelectronics Co., Ltd."})),
          new Country(
              "VN",
              12,
              List.<String[]>of(
                  new String[] {"Công ty TNHH Điện tử Hà Nội", "Hanoi Electronics Co., Ltd."},
                  new String[] {"Công ty Cổ phần Vật liệu Sài Gòn", "Saigon Materials JSC"})),
          new Country(
              "TH",
              10,
              List.<String[]>of(
                  new String[] {"บริษัท สยามอิเล็กทรอนิกส์ จำกัด", "Siam Electronics Co., Ltd."})),
          new Country(
              "MY",
              8,
              List.<String[]>of(
                  new String[] {"Syarikat Elektronik Pulau Pinang", "Penang Electronics"})),
          new Country(
              "IN",
              10,
              List.<String[]>of(
                  new String[] {
                    "भारत प्रिसिजन मटेरियल्स", "Bharat Precision Materials Pvt. Ltd."
                  })),
          new Country(
              "ID",
              6,
              List.<String[]>of(new String[] {"PT Elektronika Batam", "PT Elektronika Batam"})),
          new Country(
              "MX",
              5,
              List.<String[]>of(
                  new String[] {"Componentes de Monterrey S.A.", "Componentes de Monterrey S.A."})),
          new Country(
              "SA",
              3,
              List.<String[]>of(
                  new String[] {"شركة الرياض للمواد المتقدمة", "Riyadh Advanced Materials Co."})),
          new Country(
              "RU",
              2,
              List.<String[]>of(
                  new String[] {"ООО «Сибирские материалы»", "Siberian Materials LLC"})),
          new Country(
              "TR",
              4,
              List.<String[]>of(
                  new String[] {"Anadolu Elektronik A.Ş.", "Anadolu Elektronik A.S."})));

  private static final int TOTAL = COUNTRIES.stream().mapToInt(Country::weight).sum();

  private Counterparties() {}

  /** A weighted country and one of its names: {@code [code, original, romanised]}. */
  static String[] pick(SplittableRandom random) {
    int roll = random.nextInt(TOTAL);
    for (Country country : COUNTRIES) {
      roll -= country.weight();
      if (roll < 0) {
        String[] name = country.names().get(random.nextInt(country.names().size()));
        return new String[] {country.code(), name[0], name[1]};
      }
    }
    throw new IllegalStateException();
  }
}
