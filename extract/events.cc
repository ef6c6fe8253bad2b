#include "extract/events.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

#include "extract/event_lexicon.h"
#include "extract/lexicon.h"

namespace kg::extract {
namespace {

bool IsDefinite(const Context& ctx, uint32_t i) {
  for (uint32_t c : ctx.children(i)) {
    auto r = ctx.rel(c);
    const std::string& w = ctx.lower(c);
    if (r == "det" && (w == "the" || w == "this" || w == "that" || w == "these")) return true;
    if (r == "nmod" && ctx.HasRel(c, "nmod:poss")) return true;
    if (r == "compound" && ctx.tok(c).upos == "NOUN") return true;  // "embassy visit"
    if (lex::PronounGender(w) && (r == "nmod" || r == "det")) return true;  // his visit
  }
  return false;
}

// The entity a Visit/Meeting noun points at: "visit to X", "meeting with X".
int NounTarget(const Context& ctx, uint32_t i) {
  for (uint32_t c : ctx.children(i)) {
    if (ctx.rel(c) != "nmod") continue;
    int cs = ctx.Child(c, "case");
    if (cs < 0) continue;
    const std::string& p = ctx.lower(static_cast<uint32_t>(cs));
    if (p == "to" || p == "of" || p == "at") {
      auto es = ctx.EntitiesOf(c);
      if (!es.empty() && !ctx.IsPersonLike(es[0])) return es[0];
    }
  }
  return -1;
}

// A name made of proper-noun modifiers: "Grammy awards", "Bafta film awards".
std::string CompoundName(const Context& ctx, uint32_t i) {
  bool proper = false;
  uint32_t lo = i;
  for (uint32_t c : ctx.children(i)) {
    auto r = ctx.rel(c);
    if (c < i && (r == "compound" || r == "amod" || r == "flat")) {
      // Proper nouns, and capitalised codes the tagger calls nouns ("G9 summit").
      const std::string& f = ctx.tok(c).form;
      bool code = f.size() >= 2 && std::isupper(static_cast<unsigned char>(f[0])) &&
                  std::any_of(f.begin(), f.end(), [](unsigned char ch) { return std::isdigit(ch); });
      if (ctx.tok(c).upos == "PROPN" || code) proper = true;
      lo = std::min(lo, ctx.Span(c).first);
    }
  }
  if (!proper) return "";
  while (lo < i && (ctx.tok(lo).upos == "NUM" || ctx.tok(lo).upos == "DET")) ++lo;
  return ctx.Text(lo, i);
}

// Kinds of event many people gather for (not visits, speeches, hearings).
bool IsGatheringKind(std::string_view k) {
  return k == "Meeting" || k == "Conference" || k == "Summit" || k == "Ceremony" || k == "Event";
}

// A noun that says which gathering it is by itself: a noun compound ("his
// press conference") or a possessor ("the party's 2018 convention"). Such a
// noun is not the passage's named gathering by default.
bool HasOwnDescription(const Context& ctx, uint32_t i) {
  for (uint32_t c : ctx.children(i)) {
    if (ctx.HasRel(c, "nmod:poss") && ctx.tok(c).upos != "PRON") return true;
    if (ctx.rel(c) == "compound" && ctx.tok(c).upos == "NOUN") return true;
  }
  return false;
}

// Kinds whose nouns name distinct occasions (a funeral, a wedding, a rally).
bool IsOccasionKind(std::string_view k) {
  return k == "Ceremony" || k == "Event" || k == "Speech" || k == "Hearing" || k == "Election";
}

// Nouns that can name any gathering ("the meeting" for a forum, "the event").
bool IsGatheringNoun(std::string_view l) {
  return l == "meeting" || l == "gathering" || l == "event" || l == "forum" || l == "summit" || l == "conference" ||
         l == "ceremony" || l == "congress" || l == "convention" || l == "festival" || l == "session";
}

// The last token before `i` that names event e, or -1.
int LatestAnchorBefore(const Context& ctx, int e, uint32_t i) {
  auto it = ctx.event_anchors.find(e);
  if (it == ctx.event_anchors.end()) return -1;
  int best = -1;
  for (uint32_t a : it->second) {
    if (a < i) best = std::max(best, static_cast<int>(a));
  }
  return best;
}

// How many tokens before `i` name event e.
int AnchorsBefore(const Context& ctx, int e, uint32_t i) {
  auto it = ctx.event_anchors.find(e);
  if (it == ctx.event_anchors.end()) return 0;
  int n = 0;
  for (uint32_t a : it->second) n += a < i;
  return n;
}

// The event noun at i with the common-noun and adjective modifiers right
// before it ("closing gala", "garden party", "cabinet meeting"),
// lower-cased; words that only say when or whether ("next", "planned") and
// names (a named event has its own label) are left out.
std::string DescriptivePhrase(const Context& ctx, uint32_t i) {
  static const std::set<std::string_view> kSkip = {
      "first",     "second",   "third",       "last",     "next",     "previous",  "recent",    "latest",
      "final",     "former",   "new",         "same",     "other",    "further",   "planned",   "proposed",
      "scheduled", "upcoming", "forthcoming", "expected", "possible", "potential", "cancelled", "canceled",
      "postponed", "this",     "that",        "such",     "own",      "only",      "big",       "major",
      "key",       "rare",     "brief",       "short",    "long",     "rousing",   "upbeat",    "arranged",
      "important", "historic", "much",        "many",     "several",  "various"};
  uint32_t lo = i;
  for (uint32_t k = i; k > 0;) {
    --k;
    int h = ctx.head(k);
    auto r = ctx.rel(k);
    const auto& u = ctx.tok(k).upos;
    bool inside = h > static_cast<int>(k) && h <= static_cast<int>(i);
    bool modifier = (r == "compound" || r == "amod") && (u == "NOUN" || u == "ADJ" || u == "VERB");
    // "90 minute address", "three-day visit": how long it took says not what it was.
    if (!inside || !modifier || kSkip.count(ctx.lower(k)) || lex::IsTimeNoun(ctx.lemma(k))) break;
    lo = k;
  }
  // Half of a hyphenated word ("low-key tour", "all-night session") would mislead: drop it.
  if (lo < i && lo > 0 && (ctx.lower(lo - 1) == "-" || ctx.tok(lo - 1).form.back() == '-')) ++lo;
  if (lo == i) return "";
  std::string out;
  for (uint32_t k = lo; k < i; ++k) out += ctx.lower(k) + " ";
  return out + (ctx.lemma(i) == "talk" ? "talks" : ctx.lower(i));
}

int NewEvent(Context& ctx, uint32_t i, std::string_view kind, std::string noun) {
  Entity e;
  e.type = EntityType::kEvent;
  e.event_kind = std::string(kind);
  if (ctx.tok(i).upos == "NOUN") e.event_phrase = DescriptivePhrase(ctx, i);
  e.event_noun = std::move(noun);
  e.name = e.event_noun;
  e.first_token = i;
  e.last_sentence = ctx.sentence_of(i);
  return ctx.AddEntity(std::move(e));
}

// The place of a dateline opening the text ("TARVIK, Ruritania (Agency) --
// ..."): a place name first, then a dash or colon within a few tokens; -1
// if the text has none.
int DatelinePlace(Context& ctx) {
  if (ctx.size() == 0 || ctx.token_mention[0] < 0) return -1;
  int e = ctx.mentions[ctx.token_mention[0]].entity;
  auto t = ctx.entities[e].type;
  // A capitalised dateline ("TARVIK, Ruritania --") is a place whatever the NER said.
  const std::string& f = ctx.tok(0).form;
  bool caps = f.size() >= 3 && std::none_of(f.begin(), f.end(), [](unsigned char c) { return std::islower(c); });
  bool place = t == EntityType::kPlace || t == EntityType::kCountry;
  if (!place && !(caps && t != EntityType::kPerson)) return -1;
  // "TARVIK, Ruritania": a capitalised name before a comma and a country or region.
  uint32_t after = ctx.mentions[ctx.token_mention[0]].last;
  bool in_country = after + 1 < ctx.size() && ctx.lower(after) == "," && ctx.token_mention[after + 1] >= 0 &&
                    (ctx.entities[ctx.mentions[ctx.token_mention[after + 1]].entity].type == EntityType::kCountry ||
                     ctx.entities[ctx.mentions[ctx.token_mention[after + 1]].entity].type == EntityType::kPlace);
  if (!place && !in_country) return -1;
  for (uint32_t k = 1; k < ctx.size() && k < 10; ++k) {
    const std::string& w = ctx.tok(k).form;
    if (w == "--" || w == "\u2014" || w == "\u2013" || w == "-" || w == ":") {
      ctx.entities[e].type = place ? t : EntityType::kPlace;
      return e;
    }
  }
  return -1;
}

// Places the headline gives to kinds of event ("Tarvik summit ends ..."):
// a capitalised word naming a place or country of the document, right
// before an event noun. Returns kind -> entity.
std::map<std::string, int> HeadlinePlaces(const Context& ctx) {
  std::map<std::string, int> out;
  const std::string& title = ctx.record().title;
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= title.size(); ++i) {
    char c = i < title.size() ? title[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80)) {
      w += c;
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    std::string_view kind = lex::EventKind(LowerAscii(words[i + 1]));
    if (kind.empty() || kind == "Visit" || !std::isupper(static_cast<unsigned char>(words[i][0]))) continue;
    for (size_t e = 0; e < ctx.entities.size(); ++e) {
      const Entity& x = ctx.entities[e];
      if ((x.type == EntityType::kPlace || x.type == EntityType::kCountry) &&
          (x.name == words[i] || x.aliases.count(words[i]))) {
        out.emplace(std::string(kind), static_cast<int>(e));
        break;
      }
    }
  }
  return out;
}

// True when date mention d modifies a common noun that is not event anchor a
// and names no event ("a Sunday report by the paper").
bool DatesAnotherNoun(const Context& ctx, const DateMention& d, uint32_t a) {
  for (uint32_t t = d.first; t < d.last; ++t) {
    int h = ctx.head(t);
    if (h < 0 || (static_cast<uint32_t>(h) >= d.first && static_cast<uint32_t>(h) < d.last)) continue;
    uint32_t hu = static_cast<uint32_t>(h);
    return hu != a && ctx.tok(hu).upos == "NOUN" && ctx.token_event[hu] < 0 && t < hu;
  }
  return false;
}

}  // namespace

int EventFor(Context& ctx, uint32_t i, std::string_view kind, int target) {
  if (ctx.token_event[i] >= 0) return ctx.token_event[i];
  if (!ctx.token_entities[i].empty()) {
    int e = ctx.token_entities[i][0];
    return ctx.entities[e].type == EntityType::kEvent ? e : -1;
  }
  std::string_view k = kind;
  bool noun = ctx.tok(i).upos == "NOUN";
  if (k.empty()) {
    if (!noun) return -1;
    k = lex::EventKind(ctx.lemma(i));
    if (k.empty()) k = lex::EventKind(ctx.lower(i));
    if (k.empty()) return -1;
  }
  if (noun && target < 0) target = NounTarget(ctx, i);
  std::string named = noun ? CompoundName(ctx, i) : "";
  int found = -1;
  if (!named.empty()) {
    for (size_t e = 0; e < ctx.entities.size(); ++e) {
      if (ctx.entities[e].type == EntityType::kEvent && ctx.entities[e].named_event && ctx.entities[e].name == named) {
        found = static_cast<int>(e);
      }
    }
  } else {
    bool definite = noun && IsDefinite(ctx, i);
    bool generic = noun && ctx.lemma(i) == "event";
    const std::string phrase = noun ? DescriptivePhrase(ctx, i) : "";
    bool the = false;  // "the cabinet meeting", not "a cabinet meeting"
    for (uint32_t c : ctx.children(i))
      the |= ctx.rel(c) == "det" && (ctx.lower(c) == "the" || ctx.lower(c) == "this");
    // An event of the same kind (any kind for "the event") with the same
    // target anywhere; else, for a definite noun, the one of that kind named
    // most often before this token (the story's event), then the latest.
    int latest = -1, most = 0;
    for (int e = static_cast<int>(ctx.entities.size()) - 1; e >= 0; --e) {
      const Entity& ev = ctx.entities[e];
      if (ev.type != EntityType::kEvent) continue;
      bool same_kind = ev.event_kind == k || (generic && definite && ev.event_kind != "Election");
      if (!same_kind) continue;
      // "the funeral" is not "the reception": in kinds whose nouns name
      // different occasions, a definite noun takes up the same noun, a
      // named event, or is itself generic ("the ceremony").
      if (noun && !generic && !ev.named_event && !ev.event_noun.empty() && ev.event_noun != ctx.lemma(i) &&
          !IsGatheringNoun(ctx.lemma(i)) && IsOccasionKind(k)) {
        continue;
      }
      bool same_target = target >= 0 && ev.event_target.size() && target < static_cast<int>(ctx.entities.size()) &&
                         ctx.entities[target].name == ev.event_target;
      if (same_target) { found = e; break; }
      // "a cabinet meeting ... the cabinet meeting": the same description.
      if (the && !phrase.empty() && ev.event_phrase == phrase && LatestAnchorBefore(ctx, e, i) >= 0) {
        found = e;
        break;
      }
      // "his press conference", "the party's 2018 convention" say which
      // gathering they are: not one met before by kind alone (visits keep
      // "his embassy visit" = the visit to the embassy).
      if (noun && k != "Visit" && HasOwnDescription(ctx, i)) continue;
      if (!definite || target >= 0) continue;
      int before = LatestAnchorBefore(ctx, e, i);
      if (before < 0) continue;
      int count = AnchorsBefore(ctx, e, i);
      if (count > most || (count == most && before > latest)) {
        latest = before;
        most = count;
        found = e;
      }
    }
  }
  if (found < 0 && named.empty() && noun && target < 0 && IsGatheringKind(k) && IsDefinite(ctx, i) &&
      IsGatheringNoun(ctx.lemma(i)) && !HasOwnDescription(ctx, i)) {
    // "... for the annual Orvane Forum. Leaders attending the meeting ...": a
    // definite generic gathering noun with no antecedent of its own kind takes
    // up the named gathering of the passage.
    int s = ctx.sentence_of(i), latest = -1;
    // "the meeting" may be a forum or summit, not a ceremony or a launch.
    const bool meeting_noun = k == "Meeting";
    for (const auto& [e, anchors] : ctx.event_anchors) {
      const Entity& ev = ctx.entities[e];
      if (!ev.named_event || !IsGatheringKind(ev.event_kind)) continue;
      if (meeting_noun && ev.event_kind != "Meeting" && ev.event_kind != "Summit" &&
          ev.event_kind != "Conference") {
        continue;
      }
      int before = LatestAnchorBefore(ctx, e, i);
      if (before > latest && ctx.sentence_of(static_cast<uint32_t>(before)) >= s - 8) {
        latest = before;
        found = e;
      }
    }
  }
  if (found < 0) {
    std::string label = noun ? ctx.lemma(i) : LowerAscii(k);
    if (label == "talk") label = "talks";
    found = NewEvent(ctx, i, k, label);
    if (!named.empty()) {
      ctx.entities[found].named_event = true;
      ctx.entities[found].name = named;
      ctx.entities[found].aliases.insert(named);
    }
  }
  Entity& ev = ctx.entities[found];
  if (target >= 0 && ev.event_target.empty()) ev.event_target = ctx.entities[target].name;
  ev.last_sentence = std::max(ev.last_sentence, ctx.sentence_of(i));
  ctx.token_event[i] = found;
  ctx.event_anchors[found].push_back(i);
  return found;
}

int EventArgument(Context& ctx, uint32_t t) {
  int e = EventFor(ctx, t);
  if (e >= 0) return e;
  for (int x : ctx.EntitiesOf(t)) {
    if (ctx.entities[x].type == EntityType::kEvent) return x;
  }
  return -1;
}

void DetectEvents(Context& ctx) {
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    if (ctx.token_mention[i] >= 0) {
      int e = ctx.mentions[ctx.token_mention[i]].entity;
      if (e >= 0 && ctx.entities[e].type == EntityType::kEvent) {
        ctx.token_event[i] = e;
        ctx.event_anchors[e].push_back(i);
        ctx.entities[e].last_sentence = ctx.sentence_of(i);
      }
      continue;
    }
    if (ctx.tok(i).upos == "NOUN") {
      EventFor(ctx, i);
    } else if (ctx.tok(i).upos == "VERB") {
      // "A and B met/gathered in Z. ... the talks": the verb's meeting exists
      // before later nouns look for their antecedent.
      const lex::Trigger* t = lex::FindVerbTrigger(ctx.lemma(i), ctx.lower(i));
      if (t && (t->frame == lex::Frame::kMeet || t->frame == lex::Frame::kGather) && ctx.Child(i, "obj") < 0) {
        EventFor(ctx, i, t->kind);
      }
    }
  }
}

int SalientEvent(const Context& ctx, uint32_t token) {
  int s = ctx.sentence_of(token);
  int best = -1, best_sentence = -1;
  for (const auto* table : {&ctx.event_anchors, &ctx.event_uses}) {
  for (const auto& [e, anchors] : *table) {
    for (uint32_t a : anchors) {
      int as = ctx.sentence_of(a);
      if (as > s || as < s - 6) continue;
      // Prefer the current sentence, then an event people are already known to
      // attend, then the latest.
      bool here = as == s, best_here = best_sentence == s;
      int attended = ctx.AttendeeCount(e), best_attended = best >= 0 ? ctx.AttendeeCount(best) : 0;
      bool better = best < 0 || (here && !best_here) ||
                    (here == best_here && attended > best_attended) ||
                    (here == best_here && attended == best_attended && as > best_sentence);
      if (better) {
        best = e;
        best_sentence = as;
      }
    }
  }
  }
  return best;
}

int SalientGathering(const Context& ctx, uint32_t token) {
  int s = ctx.sentence_of(token), best = -1, best_count = 0, best_latest = -1;
  for (const auto& [e, anchors] : ctx.event_anchors) {
    const Entity& ev = ctx.entities[e];
    if (!ev.named_event || !IsGatheringKind(ev.event_kind)) continue;
    int count = 0, latest = -1;
    for (uint32_t a : anchors) {
      int as = ctx.sentence_of(a);
      if (as > s || as < s - 10) continue;
      ++count;
      latest = std::max(latest, static_cast<int>(a));
    }
    if (count > best_count || (count == best_count && count > 0 && latest > best_latest)) {
      best = e;
      best_count = count;
      best_latest = latest;
    }
  }
  return best;
}

void DecorateEvents(Context& ctx, const std::vector<DateMention>& dates) {
  const int dateline = DatelinePlace(ctx);
  const std::map<std::string, int> headline = HeadlinePlaces(ctx);
  for (auto& [e, anchors] : ctx.event_anchors) {
    Entity& ev = ctx.entities[e];
    int country = -1;  // used when no anchor names a town or site
    for (uint32_t a : anchors) {
      int s = ctx.sentence_of(a);
      // Date: one attached (within 3 steps) to the anchor or its verb, else the sentence's only date.
      if (ev.date.empty()) {
        std::vector<const DateMention*> here;
        for (const auto& d : dates) {
          if (ctx.sentence_of(d.first) == s) here.push_back(&d);
        }
        const DateMention* pick = nullptr;
        for (const auto* d : here) {
          for (uint32_t t = d->first; t < d->last && !pick; ++t) {
            int h = static_cast<int>(t);
            for (int step = 0; step < 4 && h >= 0; ++step) {
              h = ctx.head(static_cast<uint32_t>(h));
              if (h == static_cast<int>(a) || (h >= 0 && h == ctx.head(a) && step > 0)) { pick = d; break; }
              // "a Sunday report ... delivered a speech": the date is the report's.
              if (h >= 0 && ctx.tok(static_cast<uint32_t>(h)).upos == "NOUN" && ctx.token_event[h] < 0) break;
            }
          }
        }
        // Else the sentence's only date, unless it dates another thing ("a
        // Sunday report": its head is a noun that names no event).
        if (!pick && here.size() == 1 && !DatesAnotherNoun(ctx, *here[0], a)) pick = here[0];
        if (pick) ev.date = pick->iso;
      }
      if (ev.location < 0) {
        // "in/at PLACE" under the anchor, its target, or the verb that
        // governs it, nearest first; a town beats the country around it
        // ("in Kestonia ... a meeting with X in Orvane City").
        std::vector<uint32_t> heads = {a};
        for (uint32_t c : ctx.children(a)) {
          // "the Nordvale Congress, a trade fair, in Tarvik": the apposition's place too.
          if (ctx.rel(c) == "nmod" || ctx.rel(c) == "obj" || ctx.rel(c) == "appos") heads.push_back(c);
        }
        // "a meeting with X in Z": read off the words after a noun anchor too
        // (up to the next verb), as parsers often hang the place on X.
        if (ctx.tok(a).upos == "NOUN" || ctx.tok(a).upos == "PROPN") {
          for (uint32_t k = a + 1; k + 1 < ctx.size() && k < a + 12 && ctx.sentence_of(k) == s; ++k) {
            if (ctx.tok(k).upos == "VERB") break;
            const std::string& w = ctx.lower(k);
            if ((w != "in" && w != "at") || ctx.token_mention[k + 1] < 0) continue;
            for (int x : ctx.EntitiesOf(k + 1)) {
              if (ctx.entities[x].type == EntityType::kPlace && ev.location < 0) ev.location = x;
            }
          }
        }
        if (ctx.head(a) >= 0) heads.push_back(static_cast<uint32_t>(ctx.head(a)));
        for (uint32_t h : heads) {
          for (uint32_t c : ctx.children(h)) {
            if (ev.location >= 0) break;
            auto r = ctx.rel(c);
            if (r != "obl" && r != "nmod") continue;
            int cs = ctx.Child(c, "case");
            if (cs < 0) continue;
            const std::string& p = ctx.lower(static_cast<uint32_t>(cs));
            if (p != "in" && p != "at") continue;
            for (int x : ctx.EntitiesOf(c)) {
              auto t = ctx.entities[x].type;
              if (t == EntityType::kUnknown && p == "in") {
                ctx.entities[x].type = EntityType::kPlace;  // "in Tallinn": a place the NER missed
                t = EntityType::kPlace;
              }
              if (t == EntityType::kPlace) { ev.location = x; break; }
              if (t == EntityType::kCountry && country < 0) country = x;
            }
          }
        }
      }
    }
    if (ev.location < 0) ev.location = country;
    // A visit happens where its target is.
    if (ev.location < 0 && !ev.event_target.empty()) {
      for (size_t x = 0; x < ctx.entities.size(); ++x) {
        const auto& t = ctx.entities[x];
        if (t.name == ev.event_target && (t.type == EntityType::kPlace || t.type == EntityType::kCountry)) {
          ev.location = static_cast<int>(x);
        }
      }
    }
    // Else the place the headline gives this kind of event ("Tarvik summit ...").
    if (ev.location < 0 && !ev.named_event) {
      auto it = headline.find(ev.event_kind);
      if (it != headline.end()) ev.location = it->second;
    }
    // Else where the story is filed from, for what happens there (not visits,
    // which are elsewhere by nature, nor named events, which have their own place).
    if (ev.location < 0 && dateline >= 0 && ev.event_kind != "Visit" && !ev.named_event) ev.location = dateline;
  }
}

void MergeDocumentEvents(Context& ctx) {
  std::vector<int> events;
  for (const auto& [e, anchors] : ctx.event_anchors) {
    if (!anchors.empty()) events.push_back(e);
  }
  std::sort(events.begin(), events.end(), [&](int a, int b) {
    return ctx.entities[a].first_token < ctx.entities[b].first_token;
  });
  std::vector<bool> gone(ctx.entities.size(), false);
  for (size_t j = 1; j < events.size(); ++j) {
    const Entity& later = ctx.entities[events[j]];
    if (later.named_event) continue;
    auto who = ctx.Attendees(events[j]);
    if (who.empty()) continue;
    for (size_t i = 0; i < j; ++i) {
      if (gone[events[i]]) continue;
      const Entity& earlier = ctx.entities[events[i]];
      // Named events gather their mentions in EventFor; here only unnamed ones.
      if (earlier.named_event || earlier.event_kind != later.event_kind) continue;
      if (!earlier.date.empty() && !later.date.empty() && earlier.date != later.date) continue;
      if (earlier.location >= 0 && later.location >= 0 && earlier.location != later.location) continue;
      if (!earlier.event_target.empty() && !later.event_target.empty() && earlier.event_target != later.event_target) {
        continue;
      }
      auto known = ctx.Attendees(events[i]);
      bool among = std::all_of(who.begin(), who.end(), [&](int e) {
        return std::find(known.begin(), known.end(), e) != known.end();
      });
      bool among_later = !known.empty() && std::all_of(known.begin(), known.end(), [&](int e) {
        return std::find(who.begin(), who.end(), e) != who.end();
      });
      if (!among && !among_later) continue;
      ctx.MergeEntity(events[j], events[i]);
      gone[events[j]] = true;
      break;
    }
  }
}

}  // namespace kg::extract
