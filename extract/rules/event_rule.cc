// event_rule: events and their participants from predicates (predicates.h)
// and the trigger lexicon (event_lexicon.h): each construction is handled
// once, by frame, whatever the trigger word (docs/extraction.md lists them).
//   attend    "X attended E (along with Y)", "X took part in E", "X is due to
//             attend" (the passage's gathering)
//   take_part "X chaired the meeting", "X joined Y at E"
//   host      "X hosted E" (organized, attended), "X hosted Y", "a dinner for Y" (met)
//   organize  "X held/staged/launched E", "E organised by X"
//   receive   "X received/welcomed Y", "Y was greeted by X" (met)
//   meet      "X met (with) Y", "X and Y met", "a meeting between/of A and B",
//             "talks with Y" (the possessor or the governing subject meets Y),
//             "A and B held talks"
//   meet_with "X sat down/dined with Y", "standing alongside Y, X said" (met)
//   gather    "A and B gathered in Z" (they met), "X convened E" (organized)
//   event     "at/during E, X said", "E, where X signed", "X went to E", "X flew
//             to Z for E", "X led a delegation to E", "X told Y at E": X (and Y)
//             attended E; "a dinner with Y" (met)
//   own_event "X's inauguration/speech": X attended it
//   attendee  "X was among the guests/attendees": X attended the passage's event
// Negated and hypothetical statements yield nothing (modality.h); planned
// ones carry their modality. Visits and travel are rules/visit_rule.cc.
#include <algorithm>
#include <cctype>

#include "extract/event_lexicon.h"
#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/predicates.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

using lex::Frame;

// The trigger of verb token i (lemma, else inflection stripped).
const lex::Trigger* VerbTriggerOf(const Context& ctx, uint32_t i) {
  return lex::FindVerbTrigger(ctx.lemma(i), ctx.lower(i));
}

bool CanTakePart(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization;
}

void Attend(Context& ctx, const std::vector<int>& who, int event, uint32_t anchor, std::string_view rule,
            const Qualifier& q) {
  if (event < 0) return;
  for (int e : who) {
    if (CanTakePart(ctx, e)) ctx.Emit(Node::Of(e), "attended", Node::Of(event), anchor, rule, q);
  }
}

// Every pair across the two sides met; everyone attended the event.
void Meet(Context& ctx, const std::vector<int>& side_a, const std::vector<int>& side_b, uint32_t anchor, int event,
          std::string_view rule, const Qualifier& q) {
  for (int a : side_a) {
    for (int b : side_b) {
      if (a != b && CanTakePart(ctx, a) && CanTakePart(ctx, b)) ctx.Emit(Node::Of(a), "met", Node::Of(b), anchor, rule, q);
    }
  }
  Attend(ctx, side_a, event, anchor, rule, q);
  Attend(ctx, side_b, event, anchor, rule, q);
}

void Organize(Context& ctx, const std::vector<int>& who, int event, uint32_t anchor, const Qualifier& q) {
  if (event < 0) return;
  for (int e : who) {
    auto t = ctx.entities[e].type;
    if (t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kCountry) {
      ctx.Emit(Node::Of(e), "organized", Node::Of(event), anchor, "organize", q);
    }
  }
}

std::vector<int> People(const Context& ctx, const std::vector<int>& es) {
  std::vector<int> out;
  for (int e : es) {
    if (ctx.entities[e].type == EntityType::kPerson) out.push_back(e);
  }
  return out;
}

bool IsMeetingKind(std::string_view k) { return k == "Meeting" || k == "Summit" || k == "Conference"; }

// The event named by the predicate's object, or -1.
int ObjectEvent(Context& ctx, const Predicate& p) {
  const Argument* o = p.Find(Role::kObject);
  return o && o->token >= 0 ? EventArgument(ctx, static_cast<uint32_t>(o->token)) : -1;
}

// "Ministers from a faction of the Concord League attended": a group of office
// holders named by the body they come from is an attendee of its own (an
// Organization entity labelled by the phrase); -1 if the subject of verb v
// is no such group.
int DelegationOf(Context& ctx, uint32_t v) {
  int subject = ctx.Child(v, "nsubj");
  if (subject < 0) return -1;
  uint32_t n = static_cast<uint32_t>(subject);
  const std::string& form = ctx.lower(n);
  bool office_holders = ctx.tok(n).upos == "NOUN" && form.size() > 1 && form.back() == 's' &&
                        (lex::IsTitleNoun(ctx.lemma(n)) || ctx.lemma(n) == "official" ||
                         ctx.lemma(n) == "representative" || ctx.lemma(n) == "delegate");
  if (!office_holders || !ctx.EntitiesOf(n).empty()) return -1;
  bool from_body = false;
  for (uint32_t c : ctx.children(n)) {
    std::string m = CaseOf(ctx, c);
    if (ctx.rel(c) != "nmod" || (m != "from" && m != "of")) continue;
    // The body may sit a noun further down ("from a faction of the party").
    std::vector<uint32_t> heads = {c};
    for (uint32_t d : ctx.children(c)) {
      if (ctx.rel(d) == "nmod") heads.push_back(d);
    }
    for (uint32_t h : heads) {
      for (int e : ArgEntities(ctx, h)) {
        auto t = ctx.entities[e].type;
        from_body |= t == EntityType::kOrganization || t == EntityType::kCountry || t == EntityType::kUnknown;
      }
    }
  }
  if (!from_body) return -1;
  std::string phrase = PhraseText(ctx, n);
  if (phrase.empty() || phrase.size() > 100) return -1;
  phrase[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(phrase[0])));
  Entity group;
  group.type = EntityType::kOrganization;
  group.name = phrase;
  group.aliases.insert(phrase);
  group.first_token = n;
  return ctx.AddEntity(std::move(group));
}

void AttendFrame(Context& ctx, const Predicate& p, const Qualifier& q) {
  int event = ObjectEvent(ctx, p);
  for (const auto& a : p.args) {
    if (event >= 0) break;
    if (a.role == Role::kOblique && a.token >= 0 && (a.marker == "in" || a.marker == "at" || a.marker == "on")) {
      event = EventArgument(ctx, static_cast<uint32_t>(a.token));
    }
  }
  if (event < 0) {
    // "X is due to attend" / "X will also attend": the event of the passage.
    if (p.lemma != "attend" || p.Find(Role::kObject) || p.Find(Role::kOblique) || ctx.Child(p.head, "ccomp") >= 0) {
      return;
    }
    event = SalientEvent(ctx, p.head);
    if (event < 0 || ctx.entities[event].event_kind == "Visit" || ctx.entities[event].event_kind == "Speech") {
      event = SalientGathering(ctx, p.head);
    }
    // "Also expected to attend are A and B": the plan word is an inverted modifier.
    if (p.head >= 2 && ctx.lower(p.head - 1) == "to" && lex::IsPlanVerb(ctx.lower(p.head - 2)) &&
        q.modality == graph::Modality::kAsserted) {
      Qualifier planned = q;
      planned.modality = graph::Modality::kPlanned;
      Attend(ctx, p.Entities(Role::kSubject), event, p.head, "attend-verb", planned);
      return;
    }
  }
  std::vector<int> attendees = p.Entities(Role::kSubject);
  if (attendees.empty() && event >= 0) {
    int group = DelegationOf(ctx, p.head);
    if (group >= 0) attendees.push_back(group);
  }
  Attend(ctx, attendees, event, p.head, "attend-verb", q);
  // "X attended E along with / alongside / with Y": Y was there too; the
  // parser may hang "along with Y" on the event noun instead of the verb.
  auto along = [](const std::string& m) {
    return m == "along" || m == "along with" || m == "together with" || m == "alongside";
  };
  for (const auto& a : p.args) {
    if (a.role == Role::kOblique && (a.marker == "with" || along(a.marker))) {
      Attend(ctx, People(ctx, a.entities), event, p.head, "attend-verb", q);
    }
  }
  if (const Argument* obj = p.Find(Role::kObject); obj && obj->token >= 0) {
    for (uint32_t c : ctx.children(static_cast<uint32_t>(obj->token))) {
      if (ctx.rel(c) == "nmod" && along(CaseOf(ctx, c))) {
        Attend(ctx, People(ctx, ArgEntities(ctx, c)), event, p.head, "attend-verb", q);
      }
    }
  }
}

// "chaired the meeting", "addressed the summit": the object must be an event
// of the kinds the trigger takes ("Event" = any).
void TakePartFrame(Context& ctx, const Predicate& p, std::string_view kinds, const Qualifier& q) {
  int event = ObjectEvent(ctx, p);
  if (event < 0) return;
  const std::string& k = ctx.entities[event].event_kind;
  if (kinds != "Event" && !(kinds == "Meeting" && IsMeetingKind(k)) && kinds != k) return;
  Attend(ctx, p.Entities(Role::kSubject), event, p.head, "take-part", q);
  // "X chaired/led/presided over the cabinet meeting": who runs a meeting organizes it.
  if ((p.lemma == "chair" || p.lemma == "lead" || p.lemma == "co-chair") && IsMeetingKind(k)) {
    Organize(ctx, p.Entities(Role::kSubject), event, p.head, q);
  }
}

void HostFrame(Context& ctx, const Predicate& p, Frame frame, const Qualifier& q) {
  Qualifier planned = q;
  if (p.lemma == "plan" && planned.modality == graph::Modality::kAsserted) planned.modality = graph::Modality::kPlanned;
  int event = ObjectEvent(ctx, p);
  if (event < 0) return;
  auto hosts = p.Entities(Role::kSubject);
  Organize(ctx, hosts, event, p.head, planned);
  // "X hosted a dinner for Y": the guest of honour was there and met the host.
  const Argument* obj = p.Find(Role::kObject);
  std::vector<int> honoured;
  for (uint32_t c : obj ? ctx.children(static_cast<uint32_t>(obj->token)) : std::vector<uint32_t>{}) {
    if (ctx.rel(c) == "nmod" && CaseOf(ctx, c) == "for") {
      for (int e : People(ctx, ArgEntities(ctx, c))) honoured.push_back(e);
    }
  }
  for (int e : People(ctx, p.Entities(Role::kOblique, "for"))) honoured.push_back(e);
  if (frame == Frame::kHost && !honoured.empty()) Meet(ctx, People(ctx, hosts), honoured, p.head, event, "host", planned);
  // A host is at what it hosts; whoever holds talks takes part in them.
  if (frame == Frame::kHost || (p.lemma == "hold" && IsMeetingKind(ctx.entities[event].event_kind))) {
    Attend(ctx, People(ctx, hosts), event, p.head, "host", planned);
  }
}

// "X hosted Y", "X received Y", "Y was welcomed by X": they met.
void ReceiveFrame(Context& ctx, const Predicate& p, const Qualifier& q) {
  auto hosts = People(ctx, p.Entities(Role::kSubject));
  auto guests = People(ctx, p.Entities(Role::kObject));
  if (hosts.empty() || guests.empty()) return;
  Meet(ctx, hosts, guests, p.head, EventFor(ctx, p.head, "Meeting"), "receive", q);
}

// True when the entities are named as a list ("A and B", "A, B"): their
// mentions are joined by "and", "&" or commas, not one name inside another
// ("Undersecretary of State John Bolton" parsed as two).
bool IsList(const Context& ctx, const std::vector<int>& es) {
  std::vector<uint32_t> firsts;
  for (const auto& m : ctx.mentions) {
    if (std::find(es.begin(), es.end(), m.entity) != es.end()) firsts.push_back(m.first);
  }
  std::sort(firsts.begin(), firsts.end());
  for (size_t i = 1; i < firsts.size(); ++i) {
    for (uint32_t k = firsts[i - 1]; k < firsts[i]; ++k) {
      const std::string& w = ctx.lower(k);
      if (w == "and" || w == "&" || w == "," || w == "with") return true;
    }
  }
  return false;
}

// The people named before verb v when it is the sentence's first verb ("A,
// B and C, respectively, gathered in Z"): long subject lists defeat parsers.
std::vector<int> PeopleBeforeFirstVerb(const Context& ctx, uint32_t v) {
  std::vector<int> out;
  const int s = ctx.sentence_of(v);
  for (uint32_t k = ctx.doc().sentences[s].first_token; k < v; ++k) {
    if (ctx.tok(k).upos == "VERB" || IsRelativePronoun(ctx, k)) return {};
    int m = ctx.token_mention[k];
    if (m < 0) continue;
    int e = ctx.mentions[m].entity;
    if (!ctx.mentions[m].demonym && ctx.entities[e].type == EntityType::kPerson &&
        std::find(out.begin(), out.end(), e) == out.end()) {
      out.push_back(e);
    }
    k = ctx.mentions[m].last - 1;
  }
  return out;
}

void MeetFrame(Context& ctx, const Predicate& p, const Qualifier& q) {
  auto subjects = p.Entities(Role::kSubject);
  std::vector<int> partners = p.Entities(Role::kObject);
  for (int e : p.Entities(Role::kOblique, "with")) partners.push_back(e);
  if (partners.empty()) {
    // A parse that lost the object: "X met [Acme chief executive] Y".
    uint32_t v = p.head;
    for (uint32_t k = v + 1; k < ctx.size() && k < v + 9 && ctx.sentence_of(k) == ctx.sentence_of(v); ++k) {
      int m = ctx.token_mention[k];
      if (m >= 0) {
        int e = ctx.mentions[m].entity;
        if (ctx.entities[e].type == EntityType::kPerson) { partners.push_back(e); break; }
        k = ctx.mentions[m].last - 1;
        continue;
      }
      const auto& u = ctx.tok(k).upos;
      if (u == "VERB" || u == "PUNCT" || u == "PRON" || u == "SCONJ") break;
    }
  }
  if (partners.empty() && subjects.size() < 2) subjects = PeopleBeforeFirstVerb(ctx, p.head);
  if (partners.empty() && subjects.size() >= 2 && IsList(ctx, subjects)) partners = subjects;  // "X and Y met"
  if (subjects.empty() || partners.empty()) return;
  Meet(ctx, subjects, partners, p.head, EventFor(ctx, p.head, "Meeting"), "meet-verb", q);
}

void GatherFrame(Context& ctx, const Predicate& p, const Qualifier& q) {
  if (ObjectEvent(ctx, p) >= 0) {
    HostFrame(ctx, p, Frame::kGather, q);  // "X convened a summit"
    return;
  }
  auto subjects = p.Entities(Role::kSubject);
  for (int e : PeopleBeforeFirstVerb(ctx, p.head)) {
    if (std::find(subjects.begin(), subjects.end(), e) == subjects.end()) subjects.push_back(e);
  }
  if (subjects.size() < 2) return;
  // "gathered for talks": that event, else the gathering itself.
  int event = -1;
  for (const auto& a : p.args) {
    if (a.role == Role::kOblique && a.token >= 0 && (a.marker == "for" || a.marker == "at")) {
      event = EventArgument(ctx, static_cast<uint32_t>(a.token));
    }
  }
  if (event < 0) event = EventFor(ctx, p.head, "Meeting");
  Meet(ctx, subjects, subjects, p.head, event, "gather", q);
}

// Who a meeting noun's other side is: its possessor ("his talks with Y"),
// else the subject of the clause it sits in ("X held talks with Y",
// "after talks with Y, X said").
std::vector<int> NounHosts(const Context& ctx, const Predicate& n) {
  auto hosts = n.Entities(Role::kSubject);
  // "X, (who is in Z,) meeting with Y, said": a participle the tagger took
  // for a noun, in apposition to the person.
  if (hosts.empty() && ctx.rel(n.head) == "appos" && ctx.head(n.head) >= 0) {
    hosts = People(ctx, ArgEntities(ctx, static_cast<uint32_t>(ctx.head(n.head))));
  }
  for (uint32_t h = n.head; hosts.empty() && ctx.head(h) >= 0;) {
    h = static_cast<uint32_t>(ctx.head(h));
    if (ctx.IsVerbLike(h) || ctx.Child(h, "nsubj") >= 0) {
      Predicate v = VerbPredicate(ctx, h);
      hosts = v.Entities(Role::kSubject);
      break;
    }
  }
  return hosts;
}

void MeetNoun(Context& ctx, const Predicate& n, std::string_view kind, const Qualifier& q) {
  // "his show An Audience With X": a capitalised noun inside a sentence is
  // part of a title, not a meeting.
  const std::string& form = ctx.tok(n.head).form;
  int s = ctx.sentence_of(n.head);
  if (!form.empty() && std::isupper(static_cast<unsigned char>(form[0])) &&
      n.head != ctx.doc().sentences[s].first_token) {
    return;
  }
  int event = EventFor(ctx, n.head);
  auto between = n.Entities(Role::kOblique, "between");
  if (between.size() >= 2) {
    Meet(ctx, between, between, n.head, event, "meeting-between", q);
    return;
  }
  std::vector<int> partners = n.Entities(Role::kOblique, "with");
  for (int e : between) partners.push_back(e);
  if (partners.empty()) {
    // "a meeting of A and B": two or more people named as its members.
    auto members = People(ctx, n.Entities(Role::kOblique, "of"));
    if (members.size() >= 2) {
      Meet(ctx, members, members, n.head, event, "meeting-of", q);
      return;
    }
    // "A and B held talks", "A and B gave a joint news conference".
    if (n.governor_role == "obj" && n.governor >= 0) {
      auto subjects = People(ctx, VerbPredicate(ctx, static_cast<uint32_t>(n.governor)).Entities(Role::kSubject));
      if (subjects.size() >= 2) {
        Meet(ctx, subjects, subjects, n.head, event, "meeting-noun", q);
        return;
      }
    }
    // "A and B would discuss X at a meeting": the co-ordinated subjects meet.
    if ((n.governor_role == "at" || n.governor_role == "during") && n.governor >= 0 && kind == "Meeting" &&
        ctx.rel(n.head) == "obl") {
      auto subjects = VerbPredicate(ctx, static_cast<uint32_t>(n.governor)).Entities(Role::kSubject);
      if (subjects.size() >= 2) Meet(ctx, subjects, subjects, n.head, event, "meeting-noun", q);
    }
    return;
  }
  Meet(ctx, NounHosts(ctx, n), partners, n.head, event, "meeting-noun", q);
}

// The verbs whose subject is not thereby at an event named beside them.
bool AbsentVerb(const Context& ctx, uint32_t v) {
  return !lex::MatchVerb(ctx.lemma(v), ctx.lower(v), lex::IsNegatingVerb).empty() || ctx.lemma(v) == "cancel";
}

// "At the summit, X said ...", "during the opening ceremony of E, X called
// ...", "X went to the funeral": the subject of a clause set at an
// event attended it; "the summit, where A and B signed ..." likewise. The
// modality is the clause's own: what the verb says ("called for", "hoped")
// does not make the setting hypothetical.
void AmbientFrame(Context& ctx, const Predicate& n) {
  uint32_t event_token = n.head;
  Predicate place = n;
  // "the opening/sidelines/end of E": the event sits one noun below the setting.
  if (ctx.rel(n.head) == "nmod" && n.marker == "of" && n.governor >= 0 &&
      ctx.tok(static_cast<uint32_t>(n.governor)).upos == "NOUN") {
    place = NounPredicate(ctx, static_cast<uint32_t>(n.governor));
  }
  int event = -1;
  // "X went/came/flew to the funeral": a travel verb's destination event.
  // "X flew to Z for the summit", "X is in Z for the talks": there for it.
  bool to_event = false;
  if ((place.governor_role == "to" || place.governor_role == "for") && place.governor >= 0 && place.head == n.head) {
    uint32_t g = static_cast<uint32_t>(place.governor);
    const lex::Trigger* t = VerbTriggerOf(ctx, g);
    to_event = (t && t->frame == Frame::kTravel) ||
               (place.governor_role == "for" && ctx.Child(g, "cop") >= 0 && CaseOf(ctx, g) == "in");
  }
  // "X wore a costume to the party", "X brought his wife to the dinner": what
  // one wears or brings to an event, one is there with (and whom one brings).
  if (place.governor_role == "to" && place.governor >= 0 && place.head == n.head) {
    uint32_t g = static_cast<uint32_t>(place.governor);
    if (ctx.tok(g).upos == "NOUN" && ctx.rel(g) == "obj" && ctx.head(g) >= 0)
      g = static_cast<uint32_t>(ctx.head(g));
    const std::string& gl = ctx.lemma(g);
    if (ctx.IsVerbLike(g) && (gl == "wear" || gl == "bring" || gl == "take")) {
      Qualifier q = AssessModality(ctx, g);
      if (!IsHidden(q)) {
        event = EventArgument(ctx, event_token);
        Predicate vp = VerbPredicate(ctx, g);
        Attend(ctx, People(ctx, vp.Entities(Role::kSubject)), event, g, "at-event", q);
        if (gl != "wear") Attend(ctx, People(ctx, vp.Entities(Role::kObject)), event, g, "at-event", q);
      }
    }
  }
  // "X led a delegation to the summit": whoever leads or sends a delegation
  // there is at the event with it.
  if (ctx.rel(n.head) == "nmod" && (n.marker == "to" || n.marker == "at") && n.governor >= 0) {
    uint32_t d = static_cast<uint32_t>(n.governor);
    const std::string& dl = ctx.lemma(d);
    if ((dl == "delegation" || dl == "team" || dl == "mission") && ctx.head(d) >= 0 && ctx.rel(d) == "obj" &&
        ctx.lemma(static_cast<uint32_t>(ctx.head(d))) == "lead") {
      uint32_t v = static_cast<uint32_t>(ctx.head(d));
      Qualifier q = AssessModality(ctx, v);
      if (!IsHidden(q)) {
        Attend(ctx, People(ctx, VerbPredicate(ctx, v).Entities(Role::kSubject)), EventArgument(ctx, n.head), v,
               "at-event", q);
      }
    }
  }
  // "on the sidelines/margins of E" sets a clause at E as "at E" does.
  const std::string& setting = ctx.lemma(place.head);
  bool sidelines = place.governor_role == "on" && place.head != n.head &&
                   (setting == "sideline" || setting == "sidelines" || setting == "margin" || setting == "margins" ||
                    setting == "fringe" || setting == "fringes");
  if ((place.governor_role == "at" || place.governor_role == "during" || to_event || sidelines) && place.governor >= 0 &&
      (ctx.rel(place.head) == "obl" || (to_event && ctx.rel(place.head) == "nmod"))) {
    uint32_t v = static_cast<uint32_t>(place.governor);
    Qualifier q = AssessModality(ctx, v);
    if (ctx.IsVerbLike(v) && !AbsentVerb(ctx, v) && !IsHidden(q)) {
      event = EventArgument(ctx, event_token);
      Predicate vp = VerbPredicate(ctx, v);
      Attend(ctx, People(ctx, vp.Entities(Role::kSubject)), event, v, "at-event", q);
      // "X met Y on the sidelines of E": whom one meets there is there too.
      const lex::Trigger* vt = VerbTriggerOf(ctx, v);
      if (vt && (vt->frame == Frame::kMeet || vt->frame == Frame::kReceive || vt->frame == Frame::kMeetWith)) {
        Attend(ctx, People(ctx, vp.Entities(Role::kObject)), event, v, "at-event", q);
        Attend(ctx, People(ctx, vp.Entities(Role::kOblique, "with")), event, v, "at-event", q);
      }
      // "X told Y at a dinner": whoever is addressed there is there too.
      if (!lex::MatchVerb(ctx.lemma(v), ctx.lower(v), lex::IsSpeechVerb).empty()) {
        std::vector<int> addressed;
        for (uint32_t c : ctx.children(v)) {
          if (ctx.rel(c) == "iobj" || (ctx.rel(c) == "obj" && ctx.lemma(v) == "tell")) {
            for (int e : People(ctx, ArgEntities(ctx, c))) addressed.push_back(e);
          }
        }
        // "told [the chancellor] at a dinner": the person right after "told",
        // wherever the parser hung it.
        if (addressed.empty() && ctx.lemma(v) == "tell" && v + 1 < ctx.size()) {
          uint32_t k = v + 1;
          if (ctx.tok(k).upos == "DET") ++k;
          if (k < ctx.size()) addressed = People(ctx, ctx.EntitiesOf(k));
        }
        Attend(ctx, addressed, event, v, "at-event", q);
      }
    } else if (to_event && ctx.Child(v, "cop") >= 0 && !IsHidden(q)) {
      event = EventArgument(ctx, event_token);
      Attend(ctx, People(ctx, SubjectsOf(ctx, v)), event, v, "at-event", q);
    }
  }
  // "X told the conference that ...", "X briefed the meeting": whoever
  // addresses a gathering is at it.
  if ((n.governor_role == "obj" || n.governor_role == "iobj") && n.governor >= 0) {
    uint32_t v = static_cast<uint32_t>(n.governor);
    const std::string& vl = ctx.lemma(v);
    if (vl == "tell" || vl == "brief" || vl == "assure" || vl == "warn" || vl == "urge" || vl == "inform") {
      Qualifier q = AssessModality(ctx, v);
      if (!IsHidden(q)) {
        if (event < 0) event = EventArgument(ctx, event_token);
        Attend(ctx, People(ctx, VerbPredicate(ctx, v).Entities(Role::kSubject)), event, v, "at-event", q);
      }
    }
  }
  // "X was at the summit": a copular clause whose predicate is the event.
  if (n.marker == "at" && ctx.Child(n.head, "cop") >= 0) {
    Predicate cp;
    Qualifier q = AssessModality(ctx, n.head);
    if (CopulaPredicate(ctx, n.head, &cp) && !IsHidden(q)) {
      if (event < 0) event = EventArgument(ctx, event_token);
      Attend(ctx, People(ctx, cp.Entities(Role::kSubject)), event, n.head, "at-event", q);
    }
  }
  // "E, where/at which A and B signed ...": a relative clause on the event.
  for (uint32_t c : ctx.children(n.head)) {
    if (!ctx.HasRel(c, "acl:relcl") || !ctx.IsVerbLike(c) || AbsentVerb(ctx, c)) continue;
    bool where = false;
    for (uint32_t d : ctx.children(c)) {
      const std::string& w = ctx.lower(d);
      where |= (ctx.rel(d) == "advmod" && w == "where") || (ctx.rel(d) == "obl" && IsRelativePronoun(ctx, d) &&
                                                            (CaseOf(ctx, d) == "at" || CaseOf(ctx, d) == "during"));
    }
    if (!where) continue;
    if (event < 0) event = EventArgument(ctx, event_token);
    Qualifier cq = AssessModality(ctx, c);
    if (IsHidden(cq)) continue;
    Attend(ctx, People(ctx, VerbPredicate(ctx, c).Entities(Role::kSubject)), event, c, "at-event", cq);
  }
}

// "X was among the guests/attendees (at E)": X attended E or the passage's
// event. "X was a guest/delegate at E": X attended E (named there, since
// "a delegate" alone may be to anything).
void AttendeeFrame(Context& ctx, uint32_t n, const Qualifier& q) {
  Predicate p;
  if (!CopulaPredicate(ctx, n, &p) || (p.marker != "among" && !p.marker.empty())) return;
  int event = -1;
  for (const auto& a : p.args) {
    if (a.role == Role::kOblique && a.token >= 0 && (a.marker == "at" || a.marker == "of")) {
      event = EventArgument(ctx, static_cast<uint32_t>(a.token));
    }
  }
  if (event < 0 && p.marker.empty()) return;
  if (event < 0) event = SalientEvent(ctx, n);
  Attend(ctx, p.Entities(Role::kSubject), event, n, "attendee", q);
}

// "X took part in E": the verb phrase means participate.
bool IsTakePart(const Context& ctx, uint32_t v) {
  int obj = ctx.Child(v, "obj");
  return ctx.lemma(v) == "take" && obj >= 0 && ctx.lemma(static_cast<uint32_t>(obj)) == "part";
}

// "X joined Y at/for E": both were at E.
// The event of the passage that person e is already known to attend: the
// one named latest, up to six sentences before token `at`; -1 if none.
int AttendedInPassage(const Context& ctx, int e, uint32_t at) {
  const int s = ctx.sentence_of(at);
  int best = -1, best_anchor = -1;
  for (int ev : ctx.AttendedEvents(e)) {
    auto it = ctx.event_anchors.find(ev);
    if (it == ctx.event_anchors.end() || ctx.entities[ev].event_kind == "Visit") continue;
    for (uint32_t a : it->second) {
      int as = ctx.sentence_of(a);
      if (as <= s && as >= s - 6 && static_cast<int>(a) > best_anchor) {
        best = ev;
        best_anchor = static_cast<int>(a);
      }
    }
  }
  return best;
}

void JoinWithFrame(Context& ctx, const Predicate& p, const Qualifier& q) {
  auto companions = People(ctx, p.Entities(Role::kObject));
  if (companions.empty()) return;
  bool placed = false;
  for (const auto& a : p.args) {
    if (a.role != Role::kOblique || a.token < 0 || (a.marker != "at" && a.marker != "for" && a.marker != "in")) continue;
    int event = EventArgument(ctx, static_cast<uint32_t>(a.token));
    if (event < 0 || ctx.entities[event].event_kind == "Visit") continue;  // visits: rules/visit_rule.cc
    placed = true;
    Attend(ctx, p.Entities(Role::kSubject), event, p.head, "join", q);
    Attend(ctx, companions, event, p.head, "join", q);
  }
  // "X was joined on stage by his wife Y": no event named, so the one the
  // passage has X at; whoever joins X there is there too, and met X.
  if (placed) return;
  auto joiners = People(ctx, p.Entities(Role::kSubject));
  for (int principal : companions) {
    int event = AttendedInPassage(ctx, principal, p.head);
    if (event < 0) continue;
    Attend(ctx, joiners, event, p.head, "join", q);
    Meet(ctx, joiners, {principal}, p.head, -1, "join", q);
  }
}

// "E brought together A, B and leaders such as C": the people an event
// brings together attended it.
void BroughtTogether(Context& ctx, uint32_t v) {
  if (ctx.lemma(v) != "bring") return;
  bool together = false;
  for (uint32_t c : ctx.children(v)) together |= ctx.lower(c) == "together" && c > v;
  if (!together) return;
  int subject = ctx.Child(v, "nsubj");
  if (subject < 0 || ctx.HasRel(static_cast<uint32_t>(subject), "nsubj:pass")) return;
  int event = EventArgument(ctx, static_cast<uint32_t>(subject));
  if (event < 0) return;
  Predicate p = VerbPredicate(ctx, v);
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  Attend(ctx, p.Entities(Role::kObject), event, v, "brought-together", q);
}

void VerbTrigger(Context& ctx, uint32_t v, const lex::Trigger& t) {
  if (t.frame == Frame::kVisit || t.frame == Frame::kTravel || t.frame == Frame::kEvent ||
      t.frame == Frame::kAttendee) {
    return;  // visits are rules/visit_rule.cc
  }
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  Predicate p = VerbPredicate(ctx, v);
  if (std::string base = lex::VerbTriggerBase(ctx.lemma(v), ctx.lower(v)); !base.empty())
    p.lemma = base;  // "chaire"
  switch (t.frame) {
    case Frame::kAttend: AttendFrame(ctx, p, q); break;
    case Frame::kTakePart:
      TakePartFrame(ctx, p, t.kind, q);
      if (p.lemma == "join") JoinWithFrame(ctx, p, q);
      break;
    case Frame::kHost:
      HostFrame(ctx, p, t.frame, q);
      if (ObjectEvent(ctx, p) < 0) ReceiveFrame(ctx, p, q);
      break;
    case Frame::kOrganize: HostFrame(ctx, p, t.frame, q); break;
    case Frame::kReceive: ReceiveFrame(ctx, p, q); break;
    case Frame::kMeet: MeetFrame(ctx, p, q); break;
    case Frame::kMeetWith: {
      // "sat down with Y"; "stood/sat alongside Y": side by side is met too
      // ("stood with Y" may be solidarity, so not for stand and pose).
      std::vector<int> partners;
      if (p.lemma != "stand" && p.lemma != "pose") partners = People(ctx, p.Entities(Role::kOblique, "with"));
      for (std::string_view side : {"alongside", "beside"}) {
        for (int e : People(ctx, p.Entities(Role::kOblique, side))) partners.push_back(e);
      }
      // "A and B shook hands": the co-ordinated subjects met each other.
      if (partners.empty() && p.lemma == "shake") {
        const Argument* o = p.Find(Role::kObject);
        auto subjects = People(ctx, p.Entities(Role::kSubject));
        if (o && o->token >= 0 && ctx.lemma(static_cast<uint32_t>(o->token)) == "hand" &&
            subjects.size() >= 2 && IsList(ctx, subjects)) {
          partners = subjects;
        }
      }
      // Standing side by side is no gathering of its own.
      bool side_by_side = p.lemma == "stand" || p.lemma == "pose";
      if (!partners.empty()) {
        Meet(ctx, p.Entities(Role::kSubject), partners, v, side_by_side ? -1 : EventFor(ctx, v, t.kind),
             "meet-with", q);
      }
      break;
    }
    case Frame::kGather: GatherFrame(ctx, p, q); break;
    default: break;
  }
}

void NounTrigger(Context& ctx, uint32_t n, const lex::Trigger& t) {
  Predicate p = NounPredicate(ctx, n);
  if (t.frame != Frame::kVisit && t.frame != Frame::kAttendee) AmbientFrame(ctx, p);
  Qualifier q = AssessModality(ctx, n);
  if (IsHidden(q)) return;
  if (t.frame == Frame::kAttendee) AttendeeFrame(ctx, n, q);
  if (t.frame == Frame::kMeet) MeetNoun(ctx, p, t.kind, q);
  // "X's inauguration", "her speech": the possessor was there. A pronoun
  // possessor only when it is the clause's own subject ("During his speech,
  // X told ..."): resolving it alone is too unsure to state attendance.
  if (t.frame == Frame::kOwnEvent) {
    const Argument* poss = p.Find(Role::kSubject);
    std::vector<int> owners = People(ctx, p.Entities(Role::kSubject));
    // "X gave/delivered a speech": the giver's own.
    if (!poss && p.governor >= 0 && p.governor_role == "obj") {
      const std::string& gl = ctx.lemma(static_cast<uint32_t>(p.governor));
      if (gl == "give" || gl == "deliver" || gl == "make" || gl == "hold") {
        owners = People(ctx, VerbPredicate(ctx, static_cast<uint32_t>(p.governor)).Entities(Role::kSubject));
      }
    }
    if (poss && poss->token >= 0 && ctx.tok(static_cast<uint32_t>(poss->token)).upos == "PRON") {
      std::vector<int> clause;
      for (uint32_t h = n; ctx.head(h) >= 0;) {
        h = static_cast<uint32_t>(ctx.head(h));
        if (ctx.IsVerbLike(h)) { clause = VerbPredicate(ctx, h).Entities(Role::kSubject); break; }
      }
      std::vector<int> kept;
      for (int e : owners) {
        if (std::find(clause.begin(), clause.end(), e) != clause.end()) kept.push_back(e);
      }
      owners = kept;
    }
    Attend(ctx, owners, EventFor(ctx, n), n, "own-event", q);
  }
  // "A and B held a joint news conference": they appeared together, so met.
  bool joint = false;
  for (uint32_t c : ctx.children(n)) joint |= ctx.rel(c) == "amod" && ctx.lower(c) == "joint";
  if (joint && t.frame == Frame::kEvent && p.governor >= 0 && p.governor_role == "obj") {
    auto hosts = People(ctx, VerbPredicate(ctx, static_cast<uint32_t>(p.governor)).Entities(Role::kSubject));
    if (hosts.size() >= 2) Meet(ctx, hosts, hosts, n, EventFor(ctx, n), "joint-event", q);
  }
  // "a dinner with Y", "his debate with Y": any gathering with a partner.
  if ((t.frame == Frame::kEvent || t.frame == Frame::kOwnEvent) && !People(ctx, p.Entities(Role::kOblique, "with")).empty()) {
    Meet(ctx, NounHosts(ctx, p), People(ctx, p.Entities(Role::kOblique, "with")), n, EventFor(ctx, n), "event-with", q);
  }
}

}  // namespace

void EventRule(Context& ctx) {
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    const auto& u = ctx.tok(i).upos;
    if (u != "VERB" && u != "NOUN" && u != "PROPN") continue;
    if (u == "VERB") {
      if (const auto* t = VerbTriggerOf(ctx, i)) VerbTrigger(ctx, i, *t);
      if (IsTakePart(ctx, i)) VerbTrigger(ctx, i, *lex::FindTrigger("participate", /*verb=*/true));
      BroughtTogether(ctx, i);
    } else if (u == "NOUN") {
      if (const auto* t = lex::FindTrigger(ctx.lemma(i), /*verb=*/false)) NounTrigger(ctx, i, *t);
      else if (const auto* t2 = lex::FindTrigger(ctx.lower(i), /*verb=*/false)) NounTrigger(ctx, i, *t2);
    } else if (ctx.token_event[i] >= 0 && (ctx.rel(i) == "obl" || ctx.rel(i) == "nmod" || ctx.Child(i, "cop") >= 0)) {
      // A named event ("the Nordvale Summit") set as a clause's place.
      AmbientFrame(ctx, NounPredicate(ctx, i));
    }
  }
}

}  // namespace kg::extract
