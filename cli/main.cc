// kg: the command-line front door. Dispatches to one subcommand; all real work
// lives in the libraries.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/closed_output.h"
#include "cli/command.h"

namespace {

struct CommandEntry {
  const char* name;
  int (*run)(const kg::cli::Args&);
  const char* summary;
};

constexpr CommandEntry kCommands[] = {
    {"ingest", kg::cli::RunIngest, "load articles (files, directories, - for stdin)"},
    {"query", kg::cli::RunQuery, "run query statements (-e TEXT or -f FILE)"},
    {"shell", kg::cli::RunShell, "interactive query shell"},
    {"export", kg::cli::RunExport, "write the graph as JSON-LD or N-Quads"},
    {"import", kg::cli::RunImport, "load N-Triples / N-Quads"},
    {"stats", kg::cli::RunStats, "counts of documents, entities, triples, predicates"},
    {"sources", kg::cli::RunSources, "the documents in the store: source, title, date, facts"},
    {"forget", kg::cli::RunForget, "retract documents and what only they support"},
    {"check", kg::cli::RunCheck, "verify a store: checksums, indexes, counters, provenance"},
    {"merge", kg::cli::RunMerge, "make one entity of two (a curation)"},
    {"rename", kg::cli::RunRename, "give an entity a new label (a curation)"},
    {"reject", kg::cli::RunReject, "remove wrong statements for good (a curation)"},
    {"curations", kg::cli::RunCurations, "list or undo curations; --derived: kg's own links"},
    {"train", kg::cli::RunTrain, "train the NLP models from treebanks"},
    {"eval-nlp", kg::cli::RunEvalNlp, "score tagging and parsing on a CoNLL-U file"},
    {"eval-ner", kg::cli::RunEvalNer, "score named-entity recognition on a CoNLL-U file"},
    {"parse", kg::cli::RunParse, "show how kg reads a text (CoNLL-U with entities)"},
};

void PrintUsage(std::ostream& out) {
  out << "usage: kg <command> [options]\n\ncommands:\n";
  for (const auto& c : kCommands) {
    out << "  " << c.name << std::string(10 - std::strlen(c.name), ' ') << c.summary << "\n";
  }
  out << "\nRun 'kg <command> --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  kg::cli::IgnoreBrokenPipe();
  if (argc < 2) {
    PrintUsage(std::cerr);
    return 2;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(std::cout);
    return 0;
  }
  if (name == "--version") {
    std::cout << "kg " << KG_VERSION << "\n";
    return 0;
  }
  kg::cli::Args args(argv + 2, argv + argc);
  for (const auto& c : kCommands) {
    if (name == c.name) return kg::cli::FinishStdout(c.run(args));
  }
  std::cerr << "error: unknown command '" << name << "' (see 'kg --help')\n";
  return 2;
}
