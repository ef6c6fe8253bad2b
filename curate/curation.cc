#include "curate/curation.h"

#include "graph/format.h"

namespace kg::curate {

std::string_view KindName(CurationKind kind) {
  switch (kind) {
    case CurationKind::kMerge:
      return "merge";
    case CurationKind::kRename:
      return "rename";
    case CurationKind::kReject:
      return "reject";
  }
  return "?";
}

std::string Curation::Id() const {
  std::string id(1, 'c');
  id.append(std::to_string(number));
  return id;
}

std::string EncodeCuration(const Curation& c) {
  using graph::format::PutLengthPrefixed;
  std::string out;
  graph::format::PutVarint(&out, c.number);
  out.push_back(static_cast<char>(c.kind));
  for (const std::string* s : {&c.by, &c.at, &c.entity, &c.other, &c.label, &c.pattern.s, &c.pattern.p,
                               &c.pattern.o_entity, &c.pattern.o_text, &c.text}) {
    PutLengthPrefixed(&out, *s);
  }
  return out;
}

bool DecodeCuration(std::string_view bytes, Curation* c) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  if (!graph::format::GetVarint(&p, end, &c->number) || p == end) return false;
  const auto kind = static_cast<uint8_t>(*p++);
  if (kind < 1 || kind > 3) return false;
  c->kind = static_cast<CurationKind>(kind);
  for (std::string* s : {&c->by, &c->at, &c->entity, &c->other, &c->label, &c->pattern.s, &c->pattern.p,
                         &c->pattern.o_entity, &c->pattern.o_text, &c->text}) {
    if (!graph::format::GetLengthPrefixed(&p, end, s)) return false;
  }
  return p == end;
}

uint64_t ParseCurationId(std::string_view id) {
  if (id.size() < 2 || (id[0] != 'c' && id[0] != 'C') || id.size() > 19) return 0;
  uint64_t n = 0;
  for (char ch : id.substr(1)) {
    if (ch < '0' || ch > '9') return 0;
    n = n * 10 + static_cast<uint64_t>(ch - '0');
  }
  return n;
}

}  // namespace kg::curate
