package org.saferpartnerships.partnership.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a country as the GSS letter (E or W) used by every code of that country. */
@Converter(autoApply = true)
public class CountryConverter implements AttributeConverter<Country, String> {

  @Override
  public String convertToDatabaseColumn(Country country) {
    return country == null ? null : String.valueOf(country.code());
  }

  @Override
  public Country convertToEntityAttribute(String code) {
    return code == null ? null : Country.ofCode(code.charAt(0));
  }
}
