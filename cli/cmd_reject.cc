// kg reject PATTERN: the statements matching a pattern (curate/entity_names.h:
// `"Dara Okonkwo" visited "Veloria"`, `? memberOf "Veloria Party"`) are wrong:
// they are removed and not stored again by a later ingest; stored as a
// curation (curate/curation.h). The pattern is one argument or three.
#include "cli/common.h"
#include "cli/curation_common.h"
#include "curate/entity_names.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

// Three separate arguments: a subject or object that is neither ?, <IRI> nor
// quoted is a name (the shell has taken its quotes).
std::vector<std::string> TermsFromArguments(std::vector<std::string> terms) {
  for (size_t i : {size_t{0}, size_t{2}}) {
    std::string& t = terms[i];
    const bool plain = !t.empty() && t[0] != '?' && t != "*" && t[0] != '<' && t[0] != '"';
    const bool number = !t.empty() && t.find_first_not_of("0123456789.,-") == std::string::npos;
    if (plain && !(i == 2 && (number || terms[1] == "a"))) t = "\"" + t + "\"";
  }
  return terms;
}

}  // namespace

int RunReject(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  AddCuratorOption(desc);
  desc.add_options()("pattern", po::value<std::vector<std::string>>(), "subject predicate object");
  po::positional_options_description pos;
  pos.add("pattern", -1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "reject", "'SUBJECT PREDICATE OBJECT' [--by NAME]   (? matches anything)", desc, pos,
                 vm, &code)) {
    return code;
  }
  const auto given =
      vm.count("pattern") ? vm["pattern"].as<std::vector<std::string>>() : std::vector<std::string>();
  std::vector<std::string> terms;
  if (given.size() == 1) {
    auto split = curate::SplitPatternTerms(given[0]);
    if (!split.ok()) return FailCuration(split.status());
    terms = *split;
  } else if (given.size() == 3) {
    terms = TermsFromArguments(given);
  } else {
    return Fail(kExitUsage, "kg reject needs a pattern: SUBJECT PREDICATE OBJECT (see 'kg reject --help')");
  }

  auto store = OpenStoreForCuration(vm);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  std::string display;
  auto pattern = curate::ParseRejectPattern(**store, terms, &display);
  if (!pattern.ok()) return FailCuration(pattern.status());
  curate::Curation c;
  c.kind = curate::CurationKind::kReject;
  c.by = CuratorFrom(vm);
  c.pattern = *pattern;
  c.text = "reject " + display;
  return AddAndReport(**store, std::move(c));
}

}  // namespace kg::cli
