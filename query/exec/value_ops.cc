#include "query/exec/value_ops.h"

#include <algorithm>
#include <cstdlib>

#include "graph/literal_kind.h"
#include "util/text.h"
#include "query/query_error.h"

namespace kg::query::exec {

Scalar ScalarOfLiteral(graph::TermKind kind, const std::string& lexical) {
  Scalar s;
  switch (kind) {
    case graph::TermKind::kNumber: {
      s.kind = Scalar::Kind::kNumber;
      std::string digits;
      for (char c : lexical) {
        if (c != ',' && c != '_') digits += c;
      }
      s.number = std::strtod(digits.c_str(), nullptr);
      s.text = lexical;
      break;
    }
    case graph::TermKind::kDate:
      s.kind = Scalar::Kind::kDate;
      s.text = lexical;
      break;
    default:
      s.kind = Scalar::Kind::kText;
      s.text = lexical;
      break;
  }
  return s;
}

Scalar ScalarOf(ExecContext* ctx, const ExecRow& row, int index) {
  Scalar s;
  Slot slot = row.slots[index];
  if (row.IsComputed(index)) {
    s.kind = Scalar::Kind::kNumber;
    s.number = static_cast<double>(slot);
    s.text = std::to_string(slot);
    return s;
  }
  if (slot == kUnbound) return s;
  const graph::Term& t = ctx->TermOf(slot);
  if (t.kind == graph::TermKind::kIri || t.kind == graph::TermKind::kBlank) {
    s.kind = Scalar::Kind::kEntity;
    s.id = slot;
    s.text = ReadOrThrow(ctx->store().LabelOf(slot));
    return s;
  }
  s = ScalarOfLiteral(graph::ComparableKind(t), t.value);
  s.id = slot;
  return s;
}

namespace {

int Sign(double d) { return d < 0 ? -1 : (d > 0 ? 1 : 0); }

// Dates compare at the coarser precision: 2025-05-09 = 2025-05, and < 2025-06.
int CompareDates(const std::string& a, const std::string& b) {
  size_t n = std::min(a.size(), b.size());
  int c = a.compare(0, n, b, 0, n);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool IsYear(const Scalar& s) { return s.kind == Scalar::Kind::kNumber && s.number >= 1 && s.number <= 9999 && s.number == static_cast<int>(s.number); }

}  // namespace

std::optional<int> CompareScalars(const Scalar& a, const Scalar& b) {
  using K = Scalar::Kind;
  if (a.kind == K::kNull || b.kind == K::kNull) return std::nullopt;
  if (a.kind == K::kNumber && b.kind == K::kNumber) return Sign(a.number - b.number);
  if (a.kind == K::kDate && b.kind == K::kDate) return CompareDates(a.text, b.text);
  if (a.kind == K::kDate && IsYear(b)) return CompareDates(a.text, std::to_string(static_cast<int>(b.number)));
  if (IsYear(a) && b.kind == K::kDate) return CompareDates(std::to_string(static_cast<int>(a.number)), b.text);
  if (a.kind == K::kEntity && b.kind == K::kEntity) {
    if (a.id == b.id) return 0;
    int c = a.text.compare(b.text);
    return c == 0 ? (a.id < b.id ? -1 : 1) : Sign(c);
  }
  // An entity against a quoted name: equal when the names share a NameKey.
  if (a.kind == K::kEntity || b.kind == K::kEntity) {
    const Scalar& e = a.kind == K::kEntity ? a : b;
    const Scalar& o = a.kind == K::kEntity ? b : a;
    int c = text::NameKey(e.text).compare(text::NameKey(o.text));
    if (c == 0) return 0;
    c = Sign(e.text.compare(o.text));
    return a.kind == K::kEntity ? c : -c;
  }
  if (a.kind == K::kText && b.kind == K::kText) return Sign(a.text.compare(b.text));
  // Mixed number/text or date/text: compare the text forms.
  return Sign(a.text.compare(b.text));
}

int OrderCompare(const Scalar& a, const Scalar& b) {
  auto rank = [](const Scalar& s) {
    switch (s.kind) {
      case Scalar::Kind::kNull: return 0;
      case Scalar::Kind::kNumber: return 1;
      case Scalar::Kind::kDate: return 2;
      default: return 3;
    }
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  if (ra == 3) {
    std::string fa = text::Fold(a.text), fb = text::Fold(b.text);
    int c = fa.compare(fb);
    if (c != 0) return Sign(c);
    return Sign(a.text.compare(b.text));
  }
  return CompareScalars(a, b).value_or(0);
}

}  // namespace kg::query::exec
