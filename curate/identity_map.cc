#include "curate/identity_map.h"

#include "graph/vocabulary.h"
#include "util/text.h"

namespace kg::curate {

void IdentityMap::Merge(const std::string& from, const std::string& into) {
  std::string a = Canonical(from), b = Canonical(into);
  if (a != b) parent_[a] = b;
}

std::string IdentityMap::Canonical(const std::string& iri) const {
  std::string at = iri;
  for (auto it = parent_.find(at); it != parent_.end(); it = parent_.find(at)) at = it->second;
  return at;
}

bool IdentityMap::IsRenamed(const std::string& canonical_iri) const {
  for (const auto& r : renamed_) {
    if (Canonical(r) == canonical_iri) return true;
  }
  return false;
}

bool IdentityMap::IsRejected(const graph::Fact& f) const {
  for (const auto& r : rejected_) {
    if (!r.s.empty() && (f.s.kind != graph::TermKind::kIri || Canonical(r.s) != f.s.value)) continue;
    if (!r.p.empty() && r.p != f.p.value) continue;
    if (!r.o_entity.empty()) {
      if (f.o.kind != graph::TermKind::kIri || Canonical(r.o_entity) != f.o.value) continue;
    } else if (!r.o_text.empty()) {
      if (!f.o.is_literal() || text::NameKey(f.o.value) != text::NameKey(r.o_text)) continue;
    }
    return true;
  }
  return false;
}

bool IdentityMap::Changes(const std::vector<graph::Fact>& extracted) const {
  if (!rejected_.empty()) return true;
  if (parent_.empty() && renamed_.empty()) return false;
  std::set<std::string> renamed;  // as canonical IRIs: a rename may name an entity merged since
  for (const auto& r : renamed_) renamed.insert(Canonical(r));
  auto touched = [&](const std::string& iri) { return parent_.count(iri) > 0 || renamed.count(iri) > 0; };
  for (const graph::Fact& f : extracted) {
    if (touched(f.s.value) || (f.o.kind == graph::TermKind::kIri && touched(f.o.value)) ||
        touched(f.provenance.attributed_to)) {
      return true;
    }
  }
  return false;
}

std::vector<graph::Fact> IdentityMap::Apply(const std::vector<graph::Fact>& extracted) const {
  if (parent_.empty() && renamed_.empty() && rejected_.empty()) return extracted;
  std::vector<graph::Fact> out;
  out.reserve(extracted.size());
  for (const graph::Fact& f : extracted) {
    graph::Fact g = f;
    if (g.s.kind == graph::TermKind::kIri) g.s.value = Canonical(g.s.value);
    if (g.o.kind == graph::TermKind::kIri) g.o.value = Canonical(g.o.value);
    if (!g.provenance.attributed_to.empty()) {
      g.provenance.attributed_to = Canonical(g.provenance.attributed_to);
    }
    const bool moved = g.s.value != f.s.value;
    if (g.p.value == graph::vocab::kLabel && (moved || IsRenamed(g.s.value))) {
      g.p.value = std::string(graph::vocab::kAlias);
    }
    const bool linked_to_itself =
        g.o.kind == graph::TermKind::kIri && g.s.value == g.o.value && (moved || g.o.value != f.o.value);
    if (linked_to_itself || IsRejected(g)) continue;
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace kg::curate
