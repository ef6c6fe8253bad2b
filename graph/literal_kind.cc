#include "graph/literal_kind.h"

#include <array>

namespace kg::graph {
namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

constexpr std::array<std::string_view, 16> kNumericTypes = {
    "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte"};

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string_view Unsigned(std::string_view v) {
  return !v.empty() && (v[0] == '+' || v[0] == '-') ? v.substr(1) : v;
}

bool IsInteger(std::string_view v) { return Digits(Unsigned(v)); }

bool IsDecimal(std::string_view v) {  // digits '.' digits, at least one digit
  v = Unsigned(v);
  size_t dot = v.find('.');
  if (dot == std::string_view::npos) return false;
  std::string_view a = v.substr(0, dot), b = v.substr(dot + 1);
  return (a.empty() || Digits(a)) && (b.empty() || Digits(b)) && !(a.empty() && b.empty());
}

bool IsDouble(std::string_view v) {  // a decimal or integer mantissa and an exponent
  size_t e = v.find_first_of("eE");
  if (e == std::string_view::npos) return false;
  std::string_view m = v.substr(0, e), x = v.substr(e + 1);
  return (IsInteger(m) || IsDecimal(m)) && IsInteger(x);
}

bool IsNumeric(std::string_view v) { return IsInteger(v) || IsDecimal(v) || IsDouble(v); }

bool IsYear(std::string_view v) { return v.size() == 4 && Digits(v); }
bool IsYearMonth(std::string_view v) { return v.size() == 7 && IsYear(v.substr(0, 4)) && v[4] == '-' && Digits(v.substr(5)); }
bool IsDate(std::string_view v) { return v.size() == 10 && IsYearMonth(v.substr(0, 7)) && v[7] == '-' && Digits(v.substr(8)); }

std::string_view XsdLocal(const Term& t) {
  if (t.kind != TermKind::kTypedLiteral || !t.datatype.starts_with(kXsd)) return {};
  return std::string_view(t.datatype).substr(kXsd.size());
}

}  // namespace

Term CanonicalXsdLiteral(Term t) {
  const std::string_view local = XsdLocal(t);
  const std::string_view v = t.value;
  // Exactly the forms export writes back under the same datatype.
  if ((local == "integer" && IsInteger(v)) || (local == "decimal" && IsDecimal(v)) ||
      (local == "double" && IsDouble(v))) {
    return Term::Number(std::move(t.value));
  }
  if ((local == "date" && IsDate(v)) || (local == "gYearMonth" && IsYearMonth(v)) || (local == "gYear" && IsYear(v))) {
    return Term::Date(std::move(t.value));
  }
  return t;
}

TermKind ComparableKind(const Term& t) {
  const std::string_view local = XsdLocal(t);
  if (local.empty()) return t.kind;
  for (std::string_view n : kNumericTypes) {
    if (local == n) return IsNumeric(t.value) ? TermKind::kNumber : t.kind;
  }
  if (local == "date" || local == "gYearMonth" || local == "gYear") {
    return IsDate(t.value) || IsYearMonth(t.value) || IsYear(t.value) ? TermKind::kDate : t.kind;
  }
  return t.kind;
}

}  // namespace kg::graph
