#include "extract/event_lexicon.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/event_triggers_data.h"
#include "extract/lexicon.h"

namespace kg::extract::lex {
namespace {

Frame ParseFrame(std::string_view f) {
  if (f == "attend") return Frame::kAttend;
  if (f == "take_part") return Frame::kTakePart;
  if (f == "host") return Frame::kHost;
  if (f == "organize") return Frame::kOrganize;
  if (f == "receive") return Frame::kReceive;
  if (f == "meet") return Frame::kMeet;
  if (f == "meet_with") return Frame::kMeetWith;
  if (f == "gather") return Frame::kGather;
  if (f == "visit") return Frame::kVisit;
  if (f == "travel") return Frame::kTravel;
  if (f == "event") return Frame::kEvent;
  if (f == "own_event") return Frame::kOwnEvent;
  if (f == "attendee") return Frame::kAttendee;
  return Frame::kNone;
}

struct Entry {
  std::string word;
  bool verb = false;
  std::string kind;
  Frame frame = Frame::kNone;
};

// Splits one line into its tab-separated fields; false for a malformed line.
bool ParseLine(std::string_view line, Entry* e) {
  std::vector<std::string_view> f;
  size_t start = 0;
  while (start <= line.size()) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) tab = line.size();
    f.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  if (f.size() != 4 || f[0].empty() || (f[1] != "VERB" && f[1] != "NOUN") || f[2].empty()) return false;
  e->word = std::string(f[0]);
  e->verb = f[1] == "VERB";
  e->kind = std::string(f[2]);
  e->frame = ParseFrame(f[3]);
  return e->frame != Frame::kNone;
}

// Calls fn(entry) for each entry; returns -1 and the bad line number on error.
template <typename Fn>
int ForEachLine(std::string_view text, int* bad_line, Fn fn) {
  int n = 0, line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Entry e;
    if (!ParseLine(line, &e)) {
      if (bad_line) *bad_line = line_no;
      return -1;
    }
    fn(std::move(e));
    ++n;
  }
  return n;
}

struct Table {
  std::vector<Entry> entries;
  std::unordered_map<std::string_view, Trigger> verbs, nouns;  // keys view `entries`
};

const Table& TheTable() {
  static const Table* table = [] {
    auto* t = new Table;
    int bad = 0;
    int n = ForEachLine(kEventTriggersTsv, &bad, [&](Entry e) { t->entries.push_back(std::move(e)); });
    if (n < 0) {  // the file is compiled in: a bad line is a build defect
      std::fprintf(stderr, "error: extract/data/event_triggers.tsv line %d is malformed\n", bad);
      std::abort();
    }
    for (const auto& e : t->entries) {
      auto& m = e.verb ? t->verbs : t->nouns;
      m.emplace(e.word, Trigger{e.kind, e.frame});  // the first entry of a word wins
    }
    return t;
  }();
  return *table;
}

}  // namespace

const Trigger* FindTrigger(std::string_view lemma, bool verb) {
  const Table& t = TheTable();
  const auto& m = verb ? t.verbs : t.nouns;
  auto it = m.find(lemma);
  return it == m.end() ? nullptr : &it->second;
}

int CountTriggerLines(std::string_view text, int* bad_line) {
  return ForEachLine(text, bad_line, [](Entry) {});
}

namespace {
bool IsTriggerVerb(std::string_view w) { return FindTrigger(w, /*verb=*/true) != nullptr; }
}  // namespace

std::string VerbTriggerBase(std::string_view lemma, std::string_view lower_form) {
  if (FindTrigger(lemma, /*verb=*/true)) return std::string(lemma);
  return MatchVerb(lemma, lower_form, IsTriggerVerb);
}

const Trigger* FindVerbTrigger(std::string_view lemma, std::string_view lower_form) {
  std::string base = VerbTriggerBase(lemma, lower_form);
  return base.empty() ? nullptr : FindTrigger(base, /*verb=*/true);
}

}  // namespace kg::extract::lex
