package dev.taiwa.cases.catalogue;

import java.util.Set;

/**
 * Port: the Group A countries (グループA国, Export Trade Control Order Appendix 3) as reference data. A
 * transfer to one of them is outside the pre-report duty.
 */
public interface GroupACountries {
  Set<CountryCode> all();
}
