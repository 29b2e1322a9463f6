"""Chinese text helpers shared by several plugins (numerals, units, gazetteer data)."""
