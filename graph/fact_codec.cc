#include "graph/fact_codec.h"

#include <cstring>

#include "graph/format.h"
#include "graph/term_codec.h"

namespace kg::graph {

std::string EncodeFacts(const std::vector<Fact>& facts) {
  std::string out;
  format::PutVarint(&out, facts.size());
  std::string term;
  for (const Fact& f : facts) {
    for (const Term* t : {&f.s, &f.p, &f.o}) {
      term.clear();
      EncodeTermTo(*t, &term);
      format::PutLengthPrefixed(&out, term);
    }
    const Provenance& p = f.provenance;
    format::PutLengthPrefixed(&out, p.doc_id);
    format::PutVarint(&out, p.start);
    format::PutVarint(&out, p.end);
    format::PutLengthPrefixed(&out, p.extractor);
    uint32_t bits = 0;
    std::memcpy(&bits, &p.confidence, sizeof bits);
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
    out.push_back(static_cast<char>(p.modality));
    format::PutLengthPrefixed(&out, p.attributed_to);
  }
  return out;
}

bool DecodeFacts(std::string_view bytes, std::vector<Fact>* facts) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  uint64_t n = 0;
  if (!format::GetVarint(&p, end, &n)) return false;
  std::string field;
  for (uint64_t i = 0; i < n; ++i) {
    Fact f;
    for (Term* t : {&f.s, &f.p, &f.o}) {
      if (!format::GetLengthPrefixed(&p, end, &field) || !DecodeTerm(field, t)) return false;
    }
    Provenance& pr = f.provenance;
    uint64_t start = 0, stop = 0;
    if (!format::GetLengthPrefixed(&p, end, &pr.doc_id) || !format::GetVarint(&p, end, &start) ||
        !format::GetVarint(&p, end, &stop) || !format::GetLengthPrefixed(&p, end, &pr.extractor) ||
        end - p < 5) {
      return false;
    }
    pr.start = static_cast<uint32_t>(start);
    pr.end = static_cast<uint32_t>(stop);
    uint32_t bits = 0;
    for (int b = 0; b < 4; ++b) bits |= static_cast<uint32_t>(static_cast<uint8_t>(p[b])) << (8 * b);
    std::memcpy(&pr.confidence, &bits, sizeof bits);
    p += 4;
    const auto modality = static_cast<uint8_t>(*p++);
    if (modality > static_cast<uint8_t>(Modality::kHypothetical)) return false;
    pr.modality = static_cast<Modality>(modality);
    if (!format::GetLengthPrefixed(&p, end, &pr.attributed_to)) return false;
    facts->push_back(std::move(f));
  }
  return p == end;
}

}  // namespace kg::graph
