#include "cli/shell/why_command.h"

#include <cstdio>
#include <iostream>
#include <ostream>
#include <set>
#include <tuple>

#include "cli/shell/session.h"
#include "query/result/result_sink.h"

namespace kg::cli::shell {
namespace {

std::string Show(const query::Value& v) { return v.is_null() ? "" : v.Display(); }

std::string Modality(graph::Modality m) {
  switch (m) {
    case graph::Modality::kPlanned: return "planned";
    case graph::Modality::kNegated: return "negated";
    case graph::Modality::kHypothetical: return "hypothetical";
    case graph::Modality::kAsserted: break;
  }
  return "";
}

}  // namespace

Status RunWhy(Session& session, const std::string& clauses) {
  if (clauses.find_first_not_of(" \t;") == std::string::npos) {
    return Status::InvalidArgument("usage: .why CLAUSES (e.g. .why \"Dara Okonkwo\" attended ?e)");
  }
  std::string text = clauses;
  while (!text.empty() && (text.back() == ';' || text.back() == ' ')) text.pop_back();
  // CITE ALL: a type test asked about here is a fact the user wants explained.
  query::CollectingSink rows;
  KG_RETURN_IF_ERROR(session.Query("FIND * WHERE " + text + " CITE ALL", rows));
  for (const auto& w : rows.summary().warnings) std::cerr << "warning: " << w << "\n";
  std::ostream& out = session.out();
  std::set<std::tuple<graph::TermId, graph::TermId, graph::TermId>> shown;
  size_t facts = 0;
  bool truncated = false;
  for (const auto& row : rows.rows()) {
    const query::CitedFact* current = nullptr;
    size_t n = 0;
    for (const auto& rc : row.citations) {
      const auto& ids = rc.fact.ids;
      if (current == nullptr || !(current->ids == ids)) {
        current = nullptr;
        if (!shown.insert({ids.s, ids.p, ids.o}).second) continue;  // explained for an earlier row
        if (facts == kMaxWhyFacts) {
          truncated = true;
          break;
        }
        ++facts;
        current = &rc.fact;
        n = 0;
        out << Show(rc.fact.subject) << " " << rc.fact.predicate << " " << Show(rc.fact.object) << "\n";
      }
      const auto& c = rc.citation;
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", static_cast<double>(c.provenance.confidence));
      out << "  " << ++n << ". " << c.source;
      if (!c.published.empty()) out << " (" << c.published << ")";
      out << ", " << (c.provenance.extractor.empty() ? "no rule recorded" : c.provenance.extractor)
          << ", confidence " << confidence;
      if (const std::string m = Modality(c.provenance.modality); !m.empty()) out << ", " << m;
      if (!rc.attributed_label.empty()) out << ", according to " << rc.attributed_label;
      out << "\n";
      if (!c.sentence.empty()) out << "     \"" << c.sentence << "\"\n";  // imported facts have none
    }
    if (truncated) break;
  }
  if (facts == 0) out << "no stored statement matches with a citation\n";
  if (truncated) out << "(first " << kMaxWhyFacts << " facts shown; narrow the clauses for the rest)\n";
  out.flush();
  return Status::Ok();
}

}  // namespace kg::cli::shell
