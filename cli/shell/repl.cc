#include "cli/shell/repl.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/shell/completion.h"
#include "cli/shell/dot_commands.h"
#include "cli/shell/history.h"
#include "cli/shell/interrupt.h"
#include "cli/shell/line_reader.h"
#include "cli/shell/session.h"

#ifndef KG_KEYWORDS
#define KG_KEYWORDS "FIND DISTINCT WHERE OPTIONAL FILTER ORDER BY ASC DESC LIMIT OFFSET CITE DESCRIBE COUNT AND OR NOT CONTAINS YEAR"
#endif
#ifndef KG_VERSION
#define KG_VERSION "dev"
#endif

namespace kg::cli::shell {
namespace {

constexpr size_t kMaxNameCandidates = 50;

// grammar/keywords.txt, baked in at build time (see cli/CMakeLists.txt).
std::vector<std::string> Keywords() {
  std::vector<std::string> out;
  std::istringstream in(KG_KEYWORDS);
  std::string word;
  while (in >> word) {
    if (word[0] != '#') out.push_back(word);
  }
  return out;
}

void LoadStoreWords(Session& session, Completer* completer) {
  std::vector<std::string> predicates, types;
  session.Vocabulary(&predicates, &types);
  completer->SetVocabulary(std::move(predicates), std::move(types));
  completer->SetNameLookup([&session](const std::string& prefix, size_t limit) {
    std::vector<std::string> labels;
    auto names = session.store().CompleteName(prefix, limit);
    if (!names.ok()) return labels;  // completion offers nothing; the next statement reports the error
    for (auto& [label, id] : *names) labels.push_back(label);
    return labels;
  });
}

std::string WithThousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

void PrintWelcome(Session& session) {
  auto counts = session.store().Counts();
  const graph::StoreCounts c = counts.ok() ? *counts : graph::StoreCounts{};
  std::cout << "kg " << KG_VERSION << " shell on " << session.options().db_path
            << (session.options().writable ? "" : " (read-only)") << ": " << WithThousands(c.documents)
            << " documents, " << WithThousands(c.statements) << " statements, " << WithThousands(c.entities)
            << " entities.\n"
            << "Enter .help for help; end statements with ';'; TAB completes.\n"
            << std::flush;
}

}  // namespace

int RunInteractive(Session& session) {
  ScopedInterruptHandler ctrl_c;  // Ctrl-C outside line editing stops a statement, never the shell
  bool colour = session.options().colour;
  const std::string primary = colour ? "\x1b[1;32mkg>\x1b[0m " : "kg> ";
  const std::string continuation = colour ? "\x1b[2m...>\x1b[0m " : "...> ";

  CommandHistory history(DefaultHistoryPath());
  history.Load();
  Completer completer(Keywords(), DotCommandNames());
  LoadStoreWords(session, &completer);

  std::string buffer;  // lines of the unfinished statement
  LineReader reader("kg", &history, [&](std::string_view before_cursor) {
    return completer.Complete(buffer, before_cursor);
  });
  PrintWelcome(session);

  std::string line;
  while (!session.quit_requested()) {
    // A Ctrl-C from now until the statement ends cancels it (at the prompt
    // itself ^C is a key and cancels the line instead).
    ClearInterrupted();
    LineReader::Outcome outcome = reader.Read(buffer.empty() ? primary : continuation, &line);
    if (outcome == LineReader::Outcome::kEof) {
      std::cout << "\n";
      break;
    }
    if (outcome == LineReader::Outcome::kInterrupted) {
      buffer.clear();
      continue;
    }
    if (buffer.empty()) {
      size_t first = line.find_first_not_of(" \t");
      if (first == std::string::npos) continue;
      if (line[first] == '.') {
        std::string command = line.substr(first);
        history.Add(command);
        Status status = session.RunDotCommand(command);
        // Commands that change the store change what TAB offers.
        if (status.ok() && (command.rfind(".reload", 0) == 0 || command.rfind(".ingest", 0) == 0)) {
          LoadStoreWords(session, &completer);
        }
        continue;
      }
    }
    buffer += line;
    buffer += '\n';
    auto statements = query::Engine::SplitScript(buffer);
    if (statements.empty()) {  // only comments so far
      buffer.clear();
      continue;
    }
    if (!query::Engine::IsComplete(buffer)) continue;
    history.Add(OneLine(buffer));  // a multi-line statement comes back as one line
    buffer.clear();
    for (const auto& statement : statements) {
      (void)session.RunStatement(statement, "");  // errors are printed; the shell goes on
      if (session.quit_requested()) break;
    }
  }
  return 0;
}

}  // namespace kg::cli::shell
