// attendance_rule: who took part in which event, read off constructions
// the predicate layer does not cover (the verbs "attend"/"join" are frames
// of rules/event_rule.cc):
//   "X appeared/was/spoke at E",
//   "in a speech at/to E" (the speaker), "Officials present included A, B and C",
//   "Among the companies present were A and B", "A and B are among those
//   attending E", "Also due to attend are ..."
//   (the passage's salient event), and accompaniment: "X accompanied Y",
//   "Y ..., accompanied by X", "Accompanying Y on his visit was X",
//   "Y arrived with X" -> X accompanied Y (and attended Y's event).
#include <algorithm>
#include <set>
#include <string>

#include "extract/event_lexicon.h"
#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool CanAttend(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization;
}

void Attend(Context& ctx, const std::vector<int>& who, int event, uint32_t anchor, std::string_view rule,
            const Qualifier& q) {
  if (event < 0) return;
  for (int e : who) {
    if (CanAttend(ctx, e)) ctx.Emit(Node::Of(e), "attended", Node::Of(event), anchor, rule, q);
  }
}

std::vector<int> MentionsIn(const Context& ctx, uint32_t from, uint32_t to, bool any_type = false) {
  std::vector<int> out;
  for (uint32_t k = from; k < to; ++k) {
    int m = ctx.token_mention[k];
    if (m < 0) continue;
    int e = ctx.mentions[m].entity;
    if (!ctx.mentions[m].demonym && (any_type || CanAttend(ctx, e)) && std::find(out.begin(), out.end(), e) == out.end()) {
      out.push_back(e);
    }
    k = ctx.mentions[m].last - 1;
  }
  return out;
}

// "X appeared at E", "X was at E", "in a speech at E".
bool IsPresenceVerb(std::string_view l) {
  return l == "be" || l == "appear" || l == "arrive" || l == "speak" || l == "perform" || l == "attend" ||
         l == "sing" || l == "present" || l == "gather" || l == "testify" || l == "turn" || l == "show" ||
         l == "walk" || l == "pose" || l == "join" || l == "greet" || l == "star" || l == "play" || l == "compete" ||
         l == "talk" || l == "address" || l == "unveil" || l == "announce" || l == "demonstrate" || l == "launch" ||
         l == "deliver" || l == "give" || l == "host" || l == "mingle" || l == "dance" || l == "watch";
}

void AtEvent(Context& ctx, uint32_t t) {
  std::string prep = CaseOf(ctx, t);
  if (ctx.head(t) < 0) return;
  // "in a speech/an address to the summit": a speech given to a gathering is given at it.
  bool speech_to = prep == "to" && ctx.rel(t) == "nmod" &&
                   lex::EventKind(ctx.lemma(static_cast<uint32_t>(ctx.head(t)))) == "Speech";
  if (prep != "at" && prep != "before" && !speech_to) return;
  if (ctx.rel(t) == "obl" &&
      lex::MatchVerb(ctx.lemma(static_cast<uint32_t>(ctx.head(t))), ctx.lower(static_cast<uint32_t>(ctx.head(t))),
                     IsPresenceVerb).empty()) {
    return;  // "cancelled an appearance at E" is no presence at E
  }
  int event = EventArgument(ctx, t);
  if (event < 0) return;
  uint32_t h = static_cast<uint32_t>(ctx.head(t));
  std::vector<int> who;
  uint32_t anchor = h;
  if (ctx.rel(t) == "obl" || ctx.Child(t, "cop") >= 0) {
    // "were at a library" is the event noun with a copula; else the verb's subject.
    who = ctx.Child(t, "cop") >= 0 ? SubjectsOf(ctx, t) : SubjectsOf(ctx, h);
    anchor = ctx.Child(t, "cop") >= 0 ? t : h;
  } else if (ctx.rel(t) == "nmod" && ctx.tok(h).upos == "NOUN") {
    // "(in) a speech at E" / "an appearance at E": whoever gives the speech.
    for (uint32_t c : ctx.children(h)) {
      if (ctx.HasRel(c, "nmod:poss")) who = ArgEntities(ctx, c);
    }
    if (who.empty() && ctx.head(h) >= 0) who = SubjectsOf(ctx, static_cast<uint32_t>(ctx.head(h)));
    // "tipped it as the next big thing in a speech at E": up through the
    // nominal modifiers to the verb, whose subject gave the speech.
    for (uint32_t cur = h; who.empty() && (ctx.rel(cur) == "nmod" || ctx.rel(cur) == "obl") && ctx.head(cur) >= 0;) {
      cur = static_cast<uint32_t>(ctx.head(cur));
      if (ctx.IsVerbLike(cur)) who = SubjectsOf(ctx, cur);
    }
    anchor = h;
  }
  Qualifier q = AssessModality(ctx, anchor);
  if (IsHidden(q)) return;
  Attend(ctx, who, event, anchor, "at-event", q);
  // "X appeared alongside/with Y at E": Y was there too, beside X.
  if (ctx.rel(t) != "obl" || who.empty()) return;
  for (uint32_t c : ctx.children(h)) {
    const std::string side = ctx.rel(c) == "obl" ? CaseOf(ctx, c) : "";
    if (side != "alongside" && side != "beside" && side != "with" && side != "along with" &&
        side != "together with")
      continue;
    std::vector<int> beside;
    for (int e : ArgEntities(ctx, c)) {
      if (ctx.entities[e].type == EntityType::kPerson) beside.push_back(e);
    }
    Attend(ctx, beside, event, anchor, "at-event", q);
    for (int a : who) {
      for (int b : beside) {
        if (a == b || ctx.entities[a].type != EntityType::kPerson) continue;
        ctx.Emit(Node::Of(a), "met", Node::Of(b), anchor, "at-event", q);
        ctx.Emit(Node::Of(b), "met", Node::Of(a), anchor, "at-event", q);
      }
    }
  }
}

// "... present included A, B and C", "Among those present were ...", "Also
// due/expected/scheduled to attend are ...", "[X attended E.] Among them were ...".
void PresentList(Context& ctx, uint32_t t) {
  const std::string& w = ctx.lower(t);
  // "Among them were A, B and C" after a sentence saying who attended.
  bool among_them = w == "among" && t + 1 < ctx.size() && (ctx.lower(t + 1) == "them" || ctx.lower(t + 1) == "those") &&
                    t == ctx.doc().sentences[ctx.sentence_of(t)].first_token;
  if (among_them) {
    // ... only when the sentence before says people came: an attend, take
    // part, gather or meet verb ("Several officials were arrested. Among them
    // were ..." is no attendance).
    int prev = ctx.sentence_of(t) - 1;
    bool came = false;
    for (uint32_t k = prev >= 0 ? ctx.doc().sentences[prev].first_token : t; k < t && prev >= 0; ++k) {
      const lex::Trigger* tr =
          ctx.tok(k).upos == "VERB" ? lex::FindVerbTrigger(ctx.lemma(k), ctx.lower(k)) : nullptr;
      came |= tr && (tr->frame == lex::Frame::kAttend || tr->frame == lex::Frame::kTakePart ||
                     tr->frame == lex::Frame::kGather || tr->frame == lex::Frame::kMeet);
    }
    among_them = came;
  }
  bool trigger = among_them || (w == "turned" && t + 1 < ctx.size() && ctx.lower(t + 1) == "out") || w == "present" || w == "attendance" || w == "attending" || w == "attendees" || w == "guests" ||
                 (w == "attend" && t >= 2 && ctx.lower(t - 1) == "to" && lex::IsPlanVerb(ctx.lower(t - 2)));
  if (!trigger) return;
  int s = ctx.sentence_of(t);
  uint32_t end = ctx.doc().sentences[s].last_token, begin = ctx.doc().sentences[s].first_token;
  auto who = MentionsIn(ctx, t + 1, end);
  if (who.empty()) return;
  // The list must follow a linking verb: included / were / are.
  bool linked = false;
  for (uint32_t k = t + 1; k < end && k < t + 8; ++k) {
    const std::string& l = ctx.lemma(k);
    linked |= l == "include" || l == "be" || ctx.lower(k) == "were" || ctx.lower(k) == "are";
  }
  if (!linked) return;
  int event = -1;
  // An event named in the sentence before the list, else the passage's salient one.
  for (uint32_t k = begin; k < end && event < 0; ++k) {
    if (ctx.token_event[k] >= 0) event = ctx.token_event[k];
  }
  if (event < 0) event = SalientEvent(ctx, t);
  // "Officials present included A, B": the listed are people holding office;
  // "Among the companies present were A and B": they are organisations.
  bool officials = false, companies = false, people = false;
  for (uint32_t k = begin; k < t; ++k) {
    const std::string& l = ctx.lemma(k);
    officials |= lex::IsTitleNoun(l) && ctx.tok(k).upos == "NOUN";
    people |= l == "star" || l == "stars" || l == "guest" || l == "guests" || l == "celebrity" || l == "actor" ||
              l == "actress" || l == "dignitary" || l == "politician" || l == "athlete" || l == "player" ||
              l == "figure" || l == "people" || l == "those" || l == "celebrities" || l == "actors";
    companies |= l == "company" || l == "firm" || l == "companies" || l == "firms" || l == "maker" || l == "makers" ||
                 l == "brand" || l == "operator" || l == "organisation" || l == "organization" || l == "group";
  }
  for (int e : MentionsIn(ctx, t + 1, end, true)) {
    Entity& ent = ctx.entities[e];
    bool named_once = ent.name.find(' ') == std::string::npos || ent.mentions <= 2;
    if (companies && !officials && (ent.type == EntityType::kUnknown || (ent.type == EntityType::kPerson && named_once &&
                                                                         !ent.official))) {
      ent.type = EntityType::kOrganization;
    }
    if (ent.type == EntityType::kUnknown && (officials || people) && ent.name.find(' ') != std::string::npos) {
      ent.type = EntityType::kPerson;  // a two-word name in a list of people
    }
    if (ent.type == EntityType::kPerson && officials) ent.official = true;
  }
  who = MentionsIn(ctx, t + 1, end);
  Qualifier q = AssessModality(ctx, t);
  if (w == "attend") q.modality = graph::Modality::kPlanned;
  if (IsHidden(q)) return;
  Attend(ctx, who, event, t, "present-list", q);
}

// "A and B are among the leaders attending the meeting": the names before
// "is/are among" attend the event after the participle. Read off the words,
// since parsers often garble the long subject and the copula.
void AmongAttending(Context& ctx, uint32_t t) {
  const std::string& w = ctx.lower(t);
  if (w != "attending" && w != "present") return;
  const int s = ctx.sentence_of(t);
  const uint32_t begin = ctx.doc().sentences[s].first_token, end = ctx.doc().sentences[s].last_token;
  uint32_t among = t;
  for (uint32_t k = t; k > begin + 1 && k + 12 > t;) {
    --k;
    if (ctx.lower(k) == "among") { among = k; break; }
  }
  if (among == t) return;
  const std::string& cop = ctx.lower(among - 1);
  if (cop != "is" && cop != "are" && cop != "was" && cop != "were") return;
  auto who = MentionsIn(ctx, begin, among - 1);
  int event = -1;
  for (uint32_t k = t + 1; k < end && event < 0; ++k) event = EventArgument(ctx, k);
  if (who.empty() || event < 0) return;
  Qualifier q = AssessModality(ctx, t);
  if (IsHidden(q)) return;
  Attend(ctx, who, event, t, "among-attending", q);
}

// An oblique that only says when ("days after ...", "after his inauguration",
// "next week").
bool IsWhenModifier(const Context& ctx, uint32_t c) {
  const std::string& full = ctx.tok(c).deprel;
  if (full == "obl:tmod" || full == "obl:unmarked") return true;
  static const std::set<std::string> kTimeNouns = {
      "second", "minute", "hour", "day", "week", "month", "year", "decade", "morning", "afternoon", "evening",
      "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const std::string prep = CaseOf(ctx, c);
  if (prep == "after" || prep == "before" || prep == "since" || prep == "until" || prep == "following") return true;
  return kTimeNouns.count(ctx.lemma(c)) > 0 || kTimeNouns.count(ctx.lower(c)) > 0;
}

// "X is to speak" / "X will perform" with nothing after the verb, in a story
// about a named gathering: X takes part in it.
void SpeakAtGathering(Context& ctx, uint32_t v) {
  const std::string& l = ctx.lemma(v);
  if (l != "speak" && l != "perform") return;  // "appear" is mostly "appear in/on" a show
  for (uint32_t c : ctx.children(v)) {
    auto r = ctx.rel(c);
    if (r == "obl" && IsWhenModifier(ctx, c)) continue;  // "is to speak (just days after ...)"
    if (r == "obj" || r == "obl" || r == "ccomp" || r == "xcomp" || r == "advcl" || r == "iobj") return;
  }
  int event = SalientGathering(ctx, v);
  if (event < 0) return;
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  // "is to speak": be + to-infinitive is a plan.
  int mark = ctx.Child(v, "mark");
  if (mark >= 0 && ctx.lower(static_cast<uint32_t>(mark)) == "to" &&
      (ctx.Child(v, "cop") >= 0 || ctx.Child(v, "aux") >= 0) && q.modality == graph::Modality::kAsserted) {
    q.modality = graph::Modality::kPlanned;
  }
  std::vector<int> who;
  for (int e : SubjectsOf(ctx, v)) {
    if (ctx.entities[e].type == EntityType::kPerson) who.push_back(e);
  }
  Attend(ctx, who, event, v, "speak-at-gathering", q);
}

// "X announced/confirmed his attendance (at E)": X will attend E, or the
// story's named gathering.
void AnnouncedAttendance(Context& ctx, uint32_t n) {
  const std::string& l = ctx.lemma(n);
  if (l != "attendance" && l != "participation" && l != "presence") return;
  if (ctx.rel(n) != "obj" || ctx.head(n) < 0) return;
  uint32_t v = static_cast<uint32_t>(ctx.head(n));
  const std::string& vl = ctx.lemma(v);
  if (vl != "announce" && vl != "confirm" && vl != "promise" && vl != "pledge") return;
  int event = -1;
  bool named_place = false;  // "his participation in X": X or nothing
  for (uint32_t c : ctx.children(n)) {
    std::string p = CaseOf(ctx, c);
    if (ctx.rel(c) == "nmod" && (p == "at" || p == "in")) {
      event = EventArgument(ctx, c);
      named_place = true;
    }
  }
  if (event < 0 && !named_place) event = SalientGathering(ctx, n);
  if (event < 0) return;
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  if (q.modality == graph::Modality::kAsserted) q.modality = graph::Modality::kPlanned;
  // "X, who announced his attendance": a possessive pronoun is the subject's own.
  std::vector<int> who = SubjectsOf(ctx, v);
  for (uint32_t c : ctx.children(n)) {
    if (ctx.HasRel(c, "nmod:poss") && (who.empty() || ctx.tok(c).upos != "PRON")) who = ArgEntities(ctx, c);
  }
  Attend(ctx, who, event, v, "announced-attendance", q);
}

void EmitAccompany(Context& ctx, const std::vector<int>& companions, const std::vector<int>& principals,
                   uint32_t anchor, const Qualifier& q) {
  int event = SalientEvent(ctx, anchor);
  // Only an event named in this sentence counts for attendance.
  if (event >= 0) {
    bool here = false;
    for (uint32_t a : ctx.event_anchors[event]) here |= ctx.sentence_of(a) == ctx.sentence_of(anchor);
    if (!here) event = -1;
  }
  // Else the event the principal is known to have attended, named by now.
  if (event < 0) {
    const int s = ctx.sentence_of(anchor);
    for (int p : principals) {
      for (int e : ctx.AttendedEvents(p)) {
        auto it = ctx.event_anchors.find(e);
        if (it == ctx.event_anchors.end()) continue;
        bool earlier = std::any_of(it->second.begin(), it->second.end(),
                                   [&](uint32_t a) { return ctx.sentence_of(a) <= s; });
        if (earlier) event = e;
      }
    }
  }
  for (int c : companions) {
    if (ctx.entities[c].type != EntityType::kPerson) continue;
    for (int p : principals) {
      if (ctx.entities[p].type == EntityType::kPerson) ctx.Emit(Node::Of(c), "accompanied", Node::Of(p), anchor, "accompany", q);
    }
    if (event >= 0) ctx.Emit(Node::Of(c), "attended", Node::Of(event), anchor, "accompany", q);
  }
}

void Accompany(Context& ctx, uint32_t v) {
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  int agent = AgentOf(ctx, v);
  int obj = ctx.Child(v, "obj");
  // "Accompanying Y on her visit was her son, X": an inverted copula.
  int s = ctx.sentence_of(v);
  if (ctx.doc().sentences[s].first_token == v || (v > 0 && ctx.doc().sentences[s].first_token == v - 1 &&
                                                   ctx.tok(v - 1).upos != "PRON")) {
    uint32_t end = ctx.doc().sentences[s].last_token;
    uint32_t be = v + 1;
    while (be < end && ctx.lemma(be) != "be" && ctx.lower(be) != "was" && ctx.lower(be) != "were") ++be;
    if (be < end && ctx.lower(v).rfind("accompan", 0) == 0) {
      auto principals = MentionsIn(ctx, v + 1, be);
      // The companions end where a relative clause or a new verb starts.
      uint32_t stop = be + 1;
      while (stop < end && ctx.lower(stop) != "who" && ctx.lower(stop) != "which" && ctx.lower(stop) != ";" &&
             ctx.tok(stop).upos != "VERB") {
        ++stop;
      }
      std::vector<int> companions = MentionsIn(ctx, be + 1, stop);
      // Possessive pronouns in the companion phrase refer back to the principal, not to companions.
      std::vector<int> named;
      for (int c : companions) {
        if (std::find(principals.begin(), principals.end(), c) == principals.end()) named.push_back(c);
      }
      if (!principals.empty() && !named.empty()) {
        EmitAccompany(ctx, named, {principals[0]}, v, q);
        return;
      }
    }
  }
  if (agent >= 0) {
    // "Y, accompanied by X" / "Y was accompanied by X".
    std::vector<int> principals;
    int sp = ctx.Child(v, "nsubj:pass");
    principals = sp >= 0 ? ArgEntities(ctx, static_cast<uint32_t>(sp)) : SubjectsOf(ctx, v);
    // "X greeted the crowd ..., accompanied by Y": the nearest clause with a subject.
    for (int h = ctx.head(v), step = 0; principals.empty() && h >= 0 && step < 4; h = ctx.head(h), ++step) {
      principals = SubjectsOf(ctx, static_cast<uint32_t>(h));
      // A parse that made the subject name the root ("Gere, 55, greeted ...,
      // accompanied by X" with the verbs hung below "Gere"): the root person.
      if (principals.empty() && ctx.head(static_cast<uint32_t>(h)) < 0 && !ctx.IsVerbLike(static_cast<uint32_t>(h))) {
        for (int e : ArgEntities(ctx, static_cast<uint32_t>(h))) {
          if (ctx.entities[e].type == EntityType::kPerson) principals.push_back(e);
        }
      }
    }
    EmitAccompany(ctx, ArgEntities(ctx, static_cast<uint32_t>(agent)), principals, v, q);
  } else if (obj >= 0) {
    EmitAccompany(ctx, SubjectsOf(ctx, v), ArgEntities(ctx, static_cast<uint32_t>(obj)), v, q);
  }
}

// "Y arrived/came with X": X accompanied Y.
void ArrivedWith(Context& ctx, uint32_t v) {
  const std::string& l = ctx.lemma(v);
  if (l != "arrive" && l != "come" && l != "travel" && l != "appear") return;
  for (uint32_t c : ctx.children(v)) {
    if (ctx.rel(c) != "obl" || CaseOf(ctx, c) != "with") continue;
    Qualifier q = AssessModality(ctx, v);
    if (IsHidden(q)) return;
    EmitAccompany(ctx, ArgEntities(ctx, c), SubjectsOf(ctx, v), v, q);
  }
}

}  // namespace

void AttendanceRule(Context& ctx) {
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    const std::string& l = ctx.lemma(i);
    if (l == "accompany" || ctx.lower(i).rfind("accompan", 0) == 0) Accompany(ctx, i);
    if (ctx.tok(i).upos == "VERB") ArrivedWith(ctx, i);
    if (ctx.tok(i).upos == "VERB") SpeakAtGathering(ctx, i);
    if (ctx.tok(i).upos == "NOUN") AnnouncedAttendance(ctx, i);
    AtEvent(ctx, i);
    PresentList(ctx, i);
    AmongAttending(ctx, i);
  }
}

}  // namespace kg::extract
