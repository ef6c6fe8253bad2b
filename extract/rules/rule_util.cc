#include "extract/rules/rule_util.h"

#include <algorithm>
#include <cstdlib>

namespace kg::extract {

bool IsRelativePronoun(const Context& ctx, uint32_t t) {
  const std::string& w = ctx.lower(t);
  return w == "who" || w == "that" || w == "which" || w == "whom";
}

namespace {
void AddUnique(std::vector<int>* out, int e) {
  if (std::find(out->begin(), out->end(), e) == out->end()) out->push_back(e);
}
}  // namespace

std::vector<int> ArgEntities(const Context& ctx, uint32_t t) {
  std::vector<int> out;
  for (uint32_t c : ctx.Conjuncts(t)) {
    auto es = ctx.EntitiesOf(c);
    // A list the parser folded into compounds ("Ilse Varno, Tomas Brandt"):
    // a person name hanging as a compound of another person name is a co-argument.
    if (!es.empty() && ctx.IsPersonLike(es[0])) {
      for (uint32_t d : ctx.children(c)) {
        if (ctx.rel(d) != "compound" || ctx.token_mention[d] < 0 || ctx.token_mention[d] == ctx.token_mention[c]) continue;
        for (uint32_t x : ctx.Conjuncts(d)) {
          for (int e : ctx.EntitiesOf(x)) {
            if (ctx.IsPersonLike(e)) AddUnique(&out, e);
          }
        }
      }
    }
    if (es.empty()) {
      // "the parent company, Orvane", "Estonian rowers Mart Kask and
      // Eva Lill": names attached to a common noun without a preposition.
      for (uint32_t a : ctx.children(c)) {
        auto r = ctx.rel(a);
        bool name_mod = r == "appos" || ((r == "nmod" || r == "flat") && CaseOf(ctx, a).empty() &&
                                         ctx.token_mention[a] >= 0 && !ctx.HasRel(a, "nmod:poss") && a > c);
        if (!name_mod) continue;
        for (uint32_t x : ctx.Conjuncts(a)) {
          for (int e : ctx.EntitiesOf(x)) AddUnique(&out, e);
        }
      }
    }
    for (int e : es) AddUnique(&out, e);
  }
  return out;
}

int AgentOf(const Context& ctx, uint32_t verb) {
  // "was invited by Chancellor X": the name right after "by" (more reliable
  // than where the parser hangs a long agent phrase).
  bool passive = ctx.Child(verb, "aux:pass") >= 0 || ctx.Child(verb, "nsubj:pass") >= 0 || ctx.rel(verb) == "acl";
  uint32_t k = verb + 1;
  while (k < ctx.size() && ctx.tok(k).upos == "ADV") ++k;
  // "was banned for two years by X", "was founded in 1984 by X", "was
  // replaced as the deputy for Dunmore and Ayle by X": past an adverbial
  // phrase without a verb or punctuation.
  for (uint32_t x = k; passive && x < ctx.size() && x < k + 10 && ctx.sentence_of(x) == ctx.sentence_of(verb);
       ++x) {
    const auto& u = ctx.tok(x).upos;
    if (ctx.lower(x) == "by") { k = x; break; }
    if (u != "ADP" && u != "NUM" && u != "NOUN" && u != "DET" && u != "ADJ" && u != "ADV" && u != "PROPN" &&
        u != "CCONJ") {
      break;
    }
  }
  if (passive && k < ctx.size() && ctx.lower(k) == "by") {
    for (uint32_t j = k + 1; j < ctx.size() && j < k + 6 && ctx.sentence_of(j) == ctx.sentence_of(verb); ++j) {
      int m = ctx.token_mention[j];
      if (m >= 0 && !ctx.mentions[m].demonym) {
        // The mention's syntactic head: its token attached outside the mention.
        const Mention& mm = ctx.mentions[m];
        for (uint32_t t = mm.first; t < mm.last; ++t) {
          int h = ctx.head(t);
          if (h < static_cast<int>(mm.first) || h >= static_cast<int>(mm.last)) return static_cast<int>(t);
        }
        return static_cast<int>(mm.last - 1);
      }
      // "by the president": a description coreference resolved to a person.
      if (m < 0 && ctx.tok(j).upos == "NOUN" && ctx.token_entities[j].size() == 1) return static_cast<int>(j);
      if (ctx.tok(j).upos == "VERB" || ctx.tok(j).upos == "PUNCT") break;
    }
    // "by the president and the first lady, X": a long agent phrase whose
    // names come late; the nominal "by" marks, through its conjuncts.
    int by_head = ctx.head(k);
    if (by_head > static_cast<int>(k) &&
        ctx.sentence_of(static_cast<uint32_t>(by_head)) == ctx.sentence_of(verb) &&
        !ArgEntities(ctx, static_cast<uint32_t>(by_head)).empty()) {
      return by_head;
    }
  }
  for (uint32_t c : ctx.children(verb)) {
    if (ctx.HasRel(c, "obl:agent") || (ctx.rel(c) == "obl" && CaseOf(ctx, c) == "by")) return static_cast<int>(c);
  }
  return -1;
}

int IndirectObjectOf(const Context& ctx, uint32_t verb) {
  int io = ctx.Child(verb, "iobj");
  if (io >= 0) return io;
  // "X promised Y he would resign": the parser often hangs Y in the
  // complement clause (dislocated, or as a second subject).
  if (verb + 1 >= ctx.size()) return -1;
  int m = ctx.token_mention[verb + 1];
  if (m < 0 || ctx.mentions[m].first != verb + 1 ||
      ctx.entities[ctx.mentions[m].entity].type != EntityType::kPerson) {
    return -1;
  }
  const Mention& mm = ctx.mentions[m];
  for (uint32_t t = mm.first; t < mm.last; ++t) {
    int h = ctx.head(t);
    if (h >= static_cast<int>(mm.first) && h < static_cast<int>(mm.last)) continue;  // inside the name
    // (The clause as ccomp, or as a bare dep.)
    if (h < 0 || ctx.head(static_cast<uint32_t>(h)) != static_cast<int>(verb) ||
        (ctx.rel(static_cast<uint32_t>(h)) != "ccomp" && ctx.rel(static_cast<uint32_t>(h)) != "dep") ||
        !ctx.IsVerbLike(static_cast<uint32_t>(h))) {
      return -1;
    }
    auto r = ctx.rel(t);
    bool other_subject = false;
    for (uint32_t c : ctx.Children(static_cast<uint32_t>(h), "nsubj")) other_subject |= c != t;
    return r == "dislocated" || r == "dep" || (r == "nsubj" && other_subject) ? static_cast<int>(t) : -1;
  }
  return -1;
}

std::vector<int> AgentEntities(const Context& ctx, uint32_t verb) {
  int agent = AgentOf(ctx, verb);
  if (agent < 0) return {};
  std::vector<int> out = ArgEntities(ctx, static_cast<uint32_t>(agent));
  // "by A and producer B": names coordinated on the surface, whatever the parse.
  int m = ctx.token_mention[agent];
  if (m < 0) return out;
  uint32_t k = ctx.mentions[m].last;
  while (k + 1 < ctx.size() && (ctx.lower(k) == "and" || ctx.lower(k) == ",")) {
    uint32_t j = k + 1;
    // "by A and producer B", "by his wife A and his son B".
    while (j < ctx.size() && ctx.token_mention[j] < 0 &&
           (ctx.tok(j).upos == "NOUN" || ctx.tok(j).upos == "ADJ" || ctx.tok(j).xpos == "PRP$") &&
           j < k + 4) {
      ++j;
    }
    if (j >= ctx.size() || ctx.token_mention[j] < 0) break;
    const Mention& next = ctx.mentions[ctx.token_mention[j]];
    if (!next.demonym) AddUnique(&out, next.entity);
    k = next.last;
  }
  return out;
}

namespace {

// "X appeared on Channel 9 saying ...": parsers read "on Channel 9 saying"
// as a gerund clause with its own subject ("on" its mark). A place or medium
// after on/in/at is the verb's oblique, and the participle's subject is the
// main clause's ("with officials saying" is a real subject and stays).
bool IsPrepositionMisreadAsClauseMark(const Context& ctx, uint32_t p, uint32_t subject) {
  const std::string& verb = ctx.lower(p);
  const bool participle = verb.size() > 4 && verb.compare(verb.size() - 3, 3, "ing") == 0;
  if (ctx.rel(p) != "advcl" || !participle || subject == 0 || subject > p) return false;
  const int mark = ctx.Child(p, "mark");
  if (mark < 0) return false;
  const std::string& m = ctx.lower(static_cast<uint32_t>(mark));
  if (m != "on" && m != "in" && m != "at") return false;
  const int mention = ctx.token_mention[subject];
  const uint32_t first = mention >= 0 ? ctx.mentions[mention].first : subject;
  return first > 0 && static_cast<int>(first - 1) == mark;
}

}  // namespace

namespace {

// SubjectsOf climbs to governing clauses and, for a fronted participle, down
// to the clause hung below it: on odd parses the two can meet in a cycle.
// Depth of the calls on this thread, bounded by kMaxSubjectDepth.
constexpr int kMaxSubjectDepth = 12;
thread_local int subject_depth = 0;

struct SubjectDepthGuard {
  SubjectDepthGuard() { ++subject_depth; }
  ~SubjectDepthGuard() { --subject_depth; }
};

}  // namespace

std::vector<int> SubjectsOf(const Context& ctx, uint32_t p) {
  SubjectDepthGuard guard;
  if (subject_depth > kMaxSubjectDepth) return {};
  // "..., the paper Ekspress, Ruiz delivered": a name right before the verb
  // that the parser hung on an apposition is the subject.
  // Not when the apposition is inside the verb's own subject ("Ana and her
  // husband, Tomas, visited": Ana is a subject too).
  auto inside_subject = [&](uint32_t t) {
    for (int x = ctx.head(t), steps = 0; x >= 0 && steps < 6;
         x = ctx.head(static_cast<uint32_t>(x)), ++steps) {
      if (ctx.head(static_cast<uint32_t>(x)) == static_cast<int>(p) &&
          ctx.rel(static_cast<uint32_t>(x)) == "nsubj")
        return true;
    }
    return false;
  };
  if (ctx.IsVerbLike(p) && p > 0 && ctx.token_mention[p - 1] >= 0 && ctx.rel(p - 1) == "appos" &&
      !ctx.token_entities[p - 1].empty() && ctx.IsPersonLike(ctx.token_entities[p - 1][0]) &&
      !inside_subject(p - 1)) {
    return ctx.token_entities[p - 1];
  }
  // A clause has one subject: when the parser hangs two on the predicate
  // ("..., the daily Ekspress, Ruiz delivered"), the one nearest it is taken.
  int nearest = -1;
  for (uint32_t c : ctx.children(p)) {
    if (ctx.rel(c) != "nsubj" || ctx.HasRel(c, "nsubj:pass")) continue;
    if (nearest < 0 || std::abs(static_cast<int>(c) - static_cast<int>(p)) < std::abs(nearest - static_cast<int>(p)))
      nearest = static_cast<int>(c);
  }
  if (nearest >= 0 && IsPrepositionMisreadAsClauseMark(ctx, p, static_cast<uint32_t>(nearest))) nearest = -1;
  if (nearest >= 0 && !IsRelativePronoun(ctx, static_cast<uint32_t>(nearest))) {
    const uint32_t c = static_cast<uint32_t>(nearest);
    auto es = ArgEntities(ctx, c);
    // "Sprinters A and B have appeared" parsed as [Sprinters A] and [B have
    // appeared] (the verb a conjunct of a nominal root): A is a subject too.
    int h = ctx.head(p);
    int m = ctx.token_mention[c];
    if (ctx.rel(p) == "conj" && h >= 0 && ctx.head(static_cast<uint32_t>(h)) < 0 &&
        !ctx.IsVerbLike(static_cast<uint32_t>(h)) && m >= 0 && ctx.mentions[m].first >= 2 &&
        ctx.lower(ctx.mentions[m].first - 1) == "and") {
      int pm = ctx.token_mention[ctx.mentions[m].first - 2];
      if (pm >= 0 && ctx.entities[ctx.mentions[pm].entity].type == EntityType::kPerson && !es.empty() &&
          ctx.entities[es[0]].type == EntityType::kPerson) {
        AddUnique(&es, ctx.mentions[pm].entity);
      }
    }
    return es;
  }
  // "X, who will hold talks ..., said": a relative clause whose attachment
  // the parser lost (its verb made the root); the name before ", who".
  if (nearest >= 0 && ctx.lower(static_cast<uint32_t>(nearest)) == "who" && !ctx.HasRel(p, "acl:relcl") &&
      nearest >= 2 && ctx.lower(static_cast<uint32_t>(nearest) - 1) == ",") {
    uint32_t t = static_cast<uint32_t>(nearest) - 2;
    if (ctx.token_mention[t] >= 0 && !ctx.token_entities[t].empty() &&
        ctx.IsPersonLike(ctx.token_entities[t][0])) {
      return ctx.token_entities[t];
    }
  }
  // A parse that lost the subject ("..., Ruiz thanked"): the name right before a main verb.
  if (ctx.IsVerbLike(p) && (ctx.rel(p) == "root" || ctx.rel(p) == "parataxis") && p > 0 && ctx.Child(p, "nsubj:pass") < 0) {
    uint32_t k = p - 1;
    while (k > 0 && (ctx.tok(k).upos == "ADV" || ctx.tok(k).upos == "AUX")) --k;
    if (ctx.sentence_of(k) == ctx.sentence_of(p) && ctx.token_mention[k] >= 0 && !ctx.token_entities[k].empty()) {
      return ctx.token_entities[k];
    }
  }
  // "Ann Lee, who chaired the panel last year, also testified": behind a long
  // relative clause parsers often lose the clause it interrupts. A verb with
  // no subject right after a comma takes the name the clause describes.
  if (nearest < 0 && ctx.IsVerbLike(p) && p > 0 && ctx.Child(p, "nsubj:pass") < 0) {
    uint32_t k = p - 1;
    while (k > 0 && ctx.tok(k).upos == "ADV") --k;
    const int s = ctx.sentence_of(p);
    for (uint32_t j = k; ctx.lower(k) == "," && j-- > 2 && ctx.sentence_of(j) == s;) {
      if (!IsRelativePronoun(ctx, j) || ctx.lower(j) == "that" || ctx.lower(j - 1) != ",") continue;
      uint32_t t = j - 2;  // the word before ", who"
      if (ctx.tok(t).upos == "NUM" && t >= 2 && ctx.lower(t - 1) == ",") t -= 2;  // "Ann Lee, 61, who"
      if (ctx.token_mention[t] >= 0 && !ctx.token_entities[t].empty()) return ctx.token_entities[t];
      break;
    }
  }
  // "Accompanied by Y, X recounted ...", "Speaking at E, X said": a fronted
  // participle the parser made the root, with the main clause hung below it
  // after the comma; the participle's subject is that clause's.
  if (nearest < 0 && ctx.head(p) < 0 && ctx.IsVerbLike(p) &&
      (ctx.tok(p).xpos == "VBN" || ctx.tok(p).xpos == "VBG")) {
    const uint32_t first = ctx.doc().sentences[ctx.sentence_of(p)].first_token;
    bool fronted = p == first || (p == first + 1 && ctx.tok(first).upos == "ADV");
    for (uint32_t c : ctx.children(p)) {
      if (!fronted || c < p) continue;
      auto r = ctx.rel(c);
      if ((r == "parataxis" || r == "conj" || r == "ccomp" || r == "advcl") && ctx.IsVerbLike(c) &&
          ctx.Child(c, "nsubj") >= 0) {
        return SubjectsOf(ctx, c);
      }
    }
  }
  const std::string& full = ctx.tok(p).deprel;
  int h = ctx.head(p);
  if (h < 0) return {};
  uint32_t hu = static_cast<uint32_t>(h);
  auto r = ctx.rel(p);
  // "X is due to visit Z" parsed with the infinitive as the adjective's
  // clausal subject beside X: it is a complement (xcomp) all the same.
  if (IsMisparsedComplement(ctx, p)) r = "xcomp";
  bool relative_subject = false;
  for (uint32_t c : ctx.children(p)) relative_subject |= ctx.rel(c) == "nsubj" && IsRelativePronoun(ctx, c);
  if (full == "acl:relcl" || r == "acl" || (r == "appos" && relative_subject)) {
    // "X, who attended" / "X, accompanied by": the modified noun.
    auto es = ArgEntities(ctx, hu);
    if (!es.empty()) return es;
    // "A and B were some of the actors who attended": climb to the copular subject.
    uint32_t n = hu;
    for (int step = 0; step < 3; ++step) {
      if (ctx.Child(n, "cop") >= 0) return CopularSubjects(ctx, n);
      if (ctx.head(n) < 0 || (ctx.rel(n) != "nmod" && ctx.rel(n) != "obl")) break;
      n = static_cast<uint32_t>(ctx.head(n));
    }
    return {};
  }
  // "Dr X, 79, who ..., said ..." parsed with the name as the root and the
  // verbs hung below it: the root name is their subject.
  if (ctx.IsVerbLike(p) && ctx.head(hu) < 0 && !ctx.IsVerbLike(hu) && hu < p && ctx.Child(hu, "cop") < 0 &&
      (r == "dep" || r == "advcl" || r == "parataxis" || r == "xcomp")) {
    auto es = ArgEntities(ctx, hu);
    if (!es.empty() && ctx.entities[es[0]].type != EntityType::kPlace && IsActor(ctx, es[0])) return es;
  }
  // "While in Z to attend E, X said": a verbless adverbial clause ("while/when/
  // once in Z") has the subject of the clause it modifies.
  if ((r == "xcomp" || r == "acl") && !ctx.IsVerbLike(hu) && ctx.rel(hu) == "obl" && ctx.head(hu) >= 0 &&
      ctx.Child(hu, "mark") >= 0 && ctx.IsVerbLike(static_cast<uint32_t>(ctx.head(hu)))) {
    return SubjectsOf(ctx, static_cast<uint32_t>(ctx.head(hu)));
  }
  if (r == "xcomp" || r == "advcl" || (r == "conj" && ctx.IsVerbLike(hu))) {
    // Object control ("ordered X to go") is rare in news; take the subject.
    auto es = SubjectsOf(ctx, hu);
    // The passive subject of the governing clause acts in a purpose or
    // participle clause ("X was invited to attend"), and in an active finite
    // conjunct ("X was briefed and flew to Z"; not "was arrested and charged").
    const std::string& xpos = ctx.tok(p).xpos;
    bool active_conj = r == "conj" && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP");
    if (es.empty() && (r != "conj" || active_conj)) {
      int sp = ctx.Child(hu, "nsubj:pass");
      if (sp >= 0) es = ArgEntities(ctx, static_cast<uint32_t>(sp));
    }
    return es;
  }
  return {};
}

std::vector<int> CopularSubjects(const Context& ctx, uint32_t n) {
  // "A, B and C were among ...": a long list the parser split into several
  // subjects of the nominal; they are one coordinated subject.
  std::vector<int> out;
  for (uint32_t s : ctx.Children(n, "nsubj")) {
    if (ctx.HasRel(s, "nsubj:pass") || s > n) continue;
    for (int e : ArgEntities(ctx, s)) AddUnique(&out, e);
  }
  return out;
}

bool IsMisparsedComplement(const Context& ctx, uint32_t p) {
  int h = ctx.head(p);
  int mark = ctx.Child(p, "mark");
  return ctx.rel(p) == "csubj" && h >= 0 && mark >= 0 && ctx.lower(static_cast<uint32_t>(mark)) == "to" &&
         ctx.Child(static_cast<uint32_t>(h), "nsubj") >= 0;
}

std::string CaseOf(const Context& ctx, uint32_t t) {
  int c = ctx.Child(t, "case");
  if (c < 0) return "";
  // A multiword preposition is one marker: "such as", "along with", "because
  // of" (UD hangs the later words as fixed under the first), so that "such
  // as X" is not read as "such" nor "because of X" as "of X".
  // The parser also gives "along with" as two case words in a row.
  std::string m = ctx.lower(static_cast<uint32_t>(c));
  for (uint32_t f : ctx.children(static_cast<uint32_t>(c))) {
    if (ctx.rel(f) == "fixed") m += " " + ctx.lower(f);
  }
  for (uint32_t k = static_cast<uint32_t>(c) + 1; k < t && ctx.head(k) == static_cast<int>(t) && ctx.rel(k) == "case"; ++k) {
    m += " " + ctx.lower(k);
  }
  return m;
}

std::string PhraseText(const Context& ctx, uint32_t t) {
  static const std::set<std::string_view> kSkip = {"acl", "appos", "punct", "conj", "cc", "parataxis",
                                                   "dep", "case", "advcl", "relcl", "acl:relcl", "mark"};
  auto [lo, hi] = ctx.Span(t, kSkip);
  while (lo < hi && (ctx.tok(lo).upos == "DET" || ctx.tok(lo).upos == "PUNCT" || ctx.tok(lo).upos == "CCONJ")) ++lo;
  while (hi > lo && (ctx.tok(hi).upos == "PUNCT" || ctx.tok(hi).upos == "CCONJ" || ctx.tok(hi).upos == "ADP")) --hi;
  // "1,000 to 2,000 troops" parsed with the number as head: keep the counted noun.
  if (ctx.tok(hi).upos == "NUM") {
    for (uint32_t k = hi + 1; k < ctx.size() && k <= hi + 3 && ctx.sentence_of(k) == ctx.sentence_of(hi); ++k) {
      const auto& u = ctx.tok(k).upos;
      if (u == "NOUN") { hi = k; break; }
      if (u != "NUM" && u != "ADP" && u != "ADJ" && ctx.lower(k) != "-") break;
    }
  }
  return ctx.Text(lo, hi);
}

std::vector<Node> ArgNodes(const Context& ctx, uint32_t t) {
  std::vector<Node> out;
  for (uint32_t c : ctx.Conjuncts(t)) {
    auto es = ctx.EntitiesOf(c);
    if (es.empty()) {
      for (uint32_t a : ctx.Children(c, "appos")) {
        auto more = ctx.EntitiesOf(a);
        es.insert(es.end(), more.begin(), more.end());
      }
    }
    if (!es.empty()) {
      for (int e : es) out.push_back(Node::Of(e));
    } else if (ctx.tok(c).upos != "PRON") {
      out.push_back(Node::Lit(graph::Term::String(PhraseText(ctx, c))));
    }
  }
  return out;
}

bool IsActor(const Context& ctx, int e) {
  if (e < 0) return false;
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kCountry ||
         t == EntityType::kUnknown;
}

}  // namespace kg::extract
