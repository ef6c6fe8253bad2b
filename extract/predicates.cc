#include "extract/predicates.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/rules/rule_util.h"

namespace kg::extract {
namespace {

void AddUnique(std::vector<int>* out, const std::vector<int>& more) {
  for (int e : more) {
    if (std::find(out->begin(), out->end(), e) == out->end()) out->push_back(e);
  }
}

bool CanAct(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization;
}

// True when the organisation mention `m` names the employer of the person
// right after it, maybe behind title words ("the Acme Board chairman Jo
// Ray"): the person is the participant, not the organisation.
bool AffiliationOfNextPerson(const Context& ctx, const Mention& m) {
  if (ctx.entities[m.entity].type != EntityType::kOrganization) return false;
  int s = ctx.sentence_of(m.first);
  for (uint32_t k = m.last; k < ctx.size() && k < m.last + 4 && ctx.sentence_of(k) == s; ++k) {
    int n = ctx.token_mention[k];
    if (n >= 0) return ctx.entities[ctx.mentions[n].entity].type == EntityType::kPerson;
    const std::string& w = ctx.lower(k);
    if (!lex::IsTitleNoun(w) && !lex::IsLeaderTitle(w) && !lex::IsTitleModifier(w)) return false;
  }
  return false;
}

// The people and organisations listed after token `from` up to the next verb
// or clause boundary ("between A, B and C"): parsers often mis-hang long
// lists, so these are read off the words.
std::vector<int> ListAfter(const Context& ctx, uint32_t from) {
  std::vector<int> out;
  int s = ctx.sentence_of(from);
  for (uint32_t k = from + 1; k < ctx.size() && ctx.sentence_of(k) == s; ++k) {
    const std::string& w = ctx.lower(k);
    if (ctx.tok(k).upos == "VERB" || w == ";" || w == "." || w == "on" || w == "in" || w == "to") break;
    int m = ctx.token_mention[k];
    if (m < 0) continue;
    int e = ctx.mentions[m].entity;
    if (!ctx.mentions[m].demonym && CanAct(ctx, e) && !AffiliationOfNextPerson(ctx, ctx.mentions[m])) {
      AddUnique(&out, {e});
    }
    k = ctx.mentions[m].last - 1;
  }
  return out;
}

bool IsPassive(const Context& ctx, uint32_t v) {
  // A passive subject without a passive auxiliary or an agent is a misparse
  // of a long active subject ("A, B and C gathered").
  if (ctx.Child(v, "aux:pass") >= 0) return true;
  if (ctx.Child(v, "nsubj:pass") >= 0) return AgentOf(ctx, v) >= 0;
  // "the talks hosted by X": a participle modifying a noun, with an agent.
  return ctx.rel(v) == "acl" && AgentOf(ctx, v) >= 0;
}

// Names given as examples of a common-noun argument ("officials from ten
// countries, including X and Y", "leaders such as X"), or the leader of a
// delegation ("a delegation led by X"): the argument's people.
std::vector<int> Examples(const Context& ctx, uint32_t t) {
  std::vector<int> out;
  std::vector<uint32_t> stack = {t};
  for (int steps = 0; !stack.empty() && steps < 32; ++steps) {
    uint32_t x = stack.back();
    stack.pop_back();
    for (uint32_t c : ctx.children(x)) {
      if (ctx.rel(c) != "nmod" && ctx.rel(c) != "acl") continue;
      // "a delegation led/headed by X": the group stands for its leader.
      const std::string& cl = ctx.lemma(c);
      if (ctx.rel(c) == "acl" && (cl == "lead" || cl == "head") && x == t) {
        const std::string& g = ctx.lemma(t);
        if (g == "delegation" || g == "team" || g == "mission" || g == "group") {
          for (int e : AgentEntities(ctx, c)) {
            if (ctx.entities[e].type == EntityType::kPerson) AddUnique(&out, {e});
          }
          continue;
        }
      }
      std::string m = CaseOf(ctx, c);
      if (m == "including" || m == "such as" || m == "as" || m == "like" || ctx.lower(c) == "including") {
        for (int e : ArgEntities(ctx, m.empty() ? static_cast<uint32_t>(std::max(ctx.Child(c, "obj"), 0)) : c)) {
          if (ctx.entities[e].type == EntityType::kPerson) AddUnique(&out, {e});
        }
      } else if (ctx.token_mention[c] < 0) {
        stack.push_back(c);  // "officials from ten countries, including ..."
      }
    }
  }
  return out;
}

// Entities of argument t, else the examples it lists.
std::vector<int> ArgOrExamples(const Context& ctx, uint32_t t) {
  std::vector<int> es = ArgEntities(ctx, t);
  return es.empty() ? Examples(ctx, t) : es;
}

}  // namespace

std::vector<int> Predicate::Entities(Role r, std::string_view m) const {
  std::vector<int> out;
  for (const auto& a : args) {
    if (a.role == r && (m.empty() || a.marker == m)) AddUnique(&out, a.entities);
  }
  return out;
}

const Argument* Predicate::Find(Role r, std::string_view m) const {
  for (const auto& a : args) {
    if (a.role == r && (m.empty() || a.marker == m)) return &a;
  }
  return nullptr;
}

Predicate VerbPredicate(const Context& ctx, uint32_t v) {
  Predicate p;
  p.head = v;
  p.kind = PredicateKind::kVerb;
  p.lemma = ctx.lemma(v);
  p.passive = IsPassive(ctx, v);
  int agent = p.passive ? AgentOf(ctx, v) : -1;
  if (p.passive) {
    // Active-voice roles: the agent acts, the passive subject undergoes.
    if (agent >= 0) {
      std::vector<int> es = AgentEntities(ctx, v);
      // "attended by officials from ten countries, including X": the
      // examples, wherever the parser hung the "from" phrase.
      if (es.empty()) es = Examples(ctx, static_cast<uint32_t>(agent));
      for (uint32_t c : ctx.children(v)) {
        if (es.empty() && ctx.rel(c) == "obl" && static_cast<int>(c) > agent) es = Examples(ctx, c);
      }
      p.args.push_back({Role::kSubject, "", agent, es});
    }
    int sp = ctx.Child(v, "nsubj:pass");
    // "the meeting, which was attended by X": the relative pronoun stands for the modified noun.
    if (sp >= 0 && IsRelativePronoun(ctx, static_cast<uint32_t>(sp)) && ctx.HasRel(v, "acl:relcl") && ctx.head(v) >= 0)
      sp = ctx.head(v);
    if (sp >= 0) {
      p.args.push_back({Role::kObject, "", sp, ArgEntities(ctx, static_cast<uint32_t>(sp))});
    } else if (ctx.rel(v) == "acl" && ctx.head(v) >= 0) {
      uint32_t h = static_cast<uint32_t>(ctx.head(v));
      p.args.push_back({Role::kObject, "", static_cast<int>(h), ArgEntities(ctx, h)});
    } else {
      // "X, accompanied by ...", raising ("is expected to be received by"): the governing subject.
      p.args.push_back({Role::kObject, "", -1, SubjectsOf(ctx, v)});
    }
  } else {
    std::vector<int> subjects = SubjectsOf(ctx, v);
    // Object control: "allowed/asked/invited X to attend" - X, not the asker.
    int h0 = ctx.head(v);
    if (ctx.rel(v) == "xcomp" && h0 >= 0 && ctx.Child(v, "nsubj") < 0) {
      int controller = ctx.Child(static_cast<uint32_t>(h0), "obj");
      // "started the month visiting Z": a span of time controls nothing.
      if (controller >= 0 && static_cast<uint32_t>(controller) < v &&
          !lex::IsTimeNoun(ctx.lemma(static_cast<uint32_t>(controller)))) {
        subjects = ArgEntities(ctx, static_cast<uint32_t>(controller));
      }
    }
    int sp = ctx.Child(v, "nsubj:pass");
    if (sp >= 0) AddUnique(&subjects, ArgEntities(ctx, static_cast<uint32_t>(sp)));
    // "A and his counterparts, B and C, gathered": parsed with the nominal
    // as root, its own subject A, and the verb as a participle on it.
    int h = ctx.head(v);
    if (ctx.rel(v) == "acl" && h >= 0 && ctx.head(static_cast<uint32_t>(h)) < 0 &&
        !ctx.IsVerbLike(static_cast<uint32_t>(h))) {
      int s = ctx.Child(static_cast<uint32_t>(h), "nsubj");
      if (s >= 0 && s < static_cast<int>(v)) AddUnique(&subjects, ArgEntities(ctx, static_cast<uint32_t>(s)));
    }
    // "The two leaders met": the group anaphor on the subject noun's numeral.
    int ns = ctx.Child(v, "nsubj");
    if (subjects.empty() && ns >= 0) {
      for (uint32_t c : ctx.children(static_cast<uint32_t>(ns))) {
        if (ctx.token_entities[c].size() >= 2) subjects = ctx.token_entities[c];
      }
    }
    // "Leaders such as A and B attended": the people a common-noun subject lists.
    if (subjects.empty() && ns >= 0) subjects = Examples(ctx, static_cast<uint32_t>(ns));
    p.args.push_back({Role::kSubject, "", -1, subjects});
  }
  if (int io = IndirectObjectOf(ctx, v); io >= 0) {
    p.args.push_back({Role::kIndirectObject, "", io, ArgEntities(ctx, static_cast<uint32_t>(io))});
  }
  // A nominal the parser left as a bare "dep" right after a verb with no
  // object ("met his counterpart X" parsed met -dep-> counterpart) is the object.
  bool has_obj = ctx.Child(v, "obj") >= 0;
  for (uint32_t c : ctx.children(v)) {
    auto r = ctx.rel(c);
    bool dep_obj = r == "dep" && !has_obj && c > v && c <= v + 4 && CaseOf(ctx, c).empty() &&
                   (ctx.tok(c).upos == "NOUN" || ctx.tok(c).upos == "PROPN");
    if (r == "obj" || dep_obj) {
      std::vector<int> es = ArgOrExamples(ctx, c);
      // "Y, whom X met": the relative pronoun stands for the modified noun.
      int token = static_cast<int>(c);
      if (IsRelativePronoun(ctx, c) && ctx.HasRel(v, "acl:relcl") && ctx.head(v) >= 0) {
        token = ctx.head(v);
        if (es.empty()) es = ArgEntities(ctx, static_cast<uint32_t>(token));
      }
      // "met A, B and C": a list the parser cut short, read off the words.
      int m = ctx.token_mention[c];
      if (!es.empty() && m >= 0 && ctx.mentions[m].last < ctx.size()) {
        const std::string& next = ctx.lower(ctx.mentions[m].last);
        if (next == "," || next == "and") AddUnique(&es, ListAfter(ctx, v));
      }
      p.args.push_back({Role::kObject, "", token, es});
    } else if (r == "obl" && static_cast<int>(c) != agent && !ctx.HasRel(c, "obl:agent")) {
      p.args.push_back({Role::kOblique, CaseOf(ctx, c), static_cast<int>(c), ArgEntities(ctx, c)});
    }
  }
  return p;
}

Predicate NounPredicate(const Context& ctx, uint32_t n) {
  Predicate p;
  p.head = n;
  p.kind = PredicateKind::kNoun;
  p.lemma = ctx.lemma(n);
  p.marker = CaseOf(ctx, n);
  for (uint32_t c : ctx.children(n)) {
    if (ctx.HasRel(c, "nmod:poss")) {
      p.args.push_back({Role::kSubject, "", static_cast<int>(c), ArgEntities(ctx, c)});
    } else if (ctx.rel(c) == "nmod") {
      std::string m = CaseOf(ctx, c);
      p.args.push_back({Role::kOblique, m, static_cast<int>(c), ArgEntities(ctx, c)});
    }
  }
  // "a meeting between A, B and C" / "talks with A and B": read the list
  // off the words too; parsers often cut long lists.
  if (n + 1 < ctx.size()) {
    const std::string& next = ctx.lower(n + 1);
    if (next == "between") {
      p.args.push_back({Role::kOblique, "between", -1, ListAfter(ctx, n + 1)});
    } else if (next == "with") {
      p.args.push_back({Role::kOblique, "with", -1, ListAfter(ctx, n + 1)});
    }
  }
  int h = ctx.head(n);
  if (h >= 0) {
    auto r = ctx.rel(n);
    if (r == "obj" || r == "iobj" || r == "nsubj") {
      p.governor = h;
      p.governor_role = ctx.HasRel(n, "nsubj:pass") ? "nsubj:pass" : std::string(r);
    } else if (r == "obl" || r == "nmod") {
      p.governor = h;
      p.governor_role = p.marker;
    }
  }
  return p;
}

bool CopulaPredicate(const Context& ctx, uint32_t n, Predicate* out) {
  int cop = ctx.Child(n, "cop");
  if (cop < 0) return false;
  Predicate p = NounPredicate(ctx, n);
  p.kind = PredicateKind::kCopula;
  // The copular subject, through conjuncts ("A and B were among the guests").
  int s = ctx.Child(n, "nsubj");
  if (s >= 0) {
    p.args.insert(p.args.begin(), {Role::kSubject, "", s, CopularSubjects(ctx, n)});
  } else {
    p.args.insert(p.args.begin(), {Role::kSubject, "", -1, SubjectsOf(ctx, n)});
  }
  *out = std::move(p);
  return true;
}

}  // namespace kg::extract
