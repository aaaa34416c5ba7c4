package dev.taiwa.cases.document.application;

import dev.taiwa.cases.document.model.AppealInstruction;
import dev.taiwa.cases.document.model.Issuer;
import dev.taiwa.cases.document.model.IssuingOffice;
import java.util.EnumMap;
import java.util.Map;

/** What the configuration puts on every notice: each office's issuer and the 教示's texts. */
public record NoticeSettings(Map<IssuingOffice, Issuer> issuers, AppealInstruction appeal) {
  public NoticeSettings {
    Map<IssuingOffice, Issuer> all = new EnumMap<>(IssuingOffice.class);
    for (IssuingOffice office : IssuingOffice.values()) {
      all.put(office, issuers.getOrDefault(office, Issuer.defaultOf(office)));
    }
    issuers = Map.copyOf(all);
  }

  public static NoticeSettings defaults() {
    return new NoticeSettings(Map.of(), AppealInstruction.defaults());
  }

  public Issuer issuer(IssuingOffice office) {
    return issuers.get(office);
  }
}
