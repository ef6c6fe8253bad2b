// Value: one cell of a query result, as every renderer sees it (CONTRACT.md
// section 4): an entity {id, label, types}, a literal {value, datatype}, or
// null (an unbound OPTIONAL variable).
// Thread-safety: value type.
#pragma once

#include <string>
#include <vector>

namespace kg::query {

struct Value {
  enum class Kind { kNull, kEntity, kLiteral };
  Kind kind = Kind::kNull;
  std::string id;                  // entity: its IRI (urn:kg:entity:<slug>)
  std::string label;               // entity: its label
  std::vector<std::string> types;  // entity: type local names incl. implied ones, sorted
  std::string value;               // literal: lexical form
  std::string datatype;            // literal: "string", "number" or "date"

  static Value Null() { return Value(); }
  static Value Literal(std::string v, std::string datatype) {
    Value x;
    x.kind = Kind::kLiteral;
    x.value = std::move(v);
    x.datatype = std::move(datatype);
    return x;
  }
  bool is_null() const { return kind == Kind::kNull; }
  // What a table/csv cell shows: the label of an entity, the value of a literal, "" for null.
  const std::string& Display() const { return kind == Kind::kEntity ? label : value; }
};

}  // namespace kg::query
