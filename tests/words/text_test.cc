// Tests for core/words/text.h: the one Trim.
#include "text.h"

#include <doctest/doctest.h>

TEST_CASE("Trim removes ASCII white space at both ends and nothing else") {
  CHECK(cs::Trim("  a b \t\r\n") == "a b");
  CHECK(cs::Trim("\v\fx\f") == "x");
  CHECK(cs::Trim(" \t\r\n").empty());
  CHECK(cs::Trim("").empty());
  CHECK(cs::Trim("\xC2\xA0x\xC2\xA0") == "\xC2\xA0x\xC2\xA0");  // a no-break space is text, not ASCII space
  static_assert(cs::TrimView("  y ") == "y");
  std::string_view line = "  Host: a  ";
  CHECK(cs::TrimView(line).data() == line.data() + 2);  // a view into the text, not a copy
}
