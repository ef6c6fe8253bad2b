#include "extract/modality.h"

#include "extract/lexicon.h"
#include "extract/rules/rule_util.h"

namespace kg::extract {
namespace {

using graph::Modality;

// Strongest wins: negated > hypothetical > planned > asserted.
void Raise(Qualifier* q, Modality m) {
  auto rank = [](Modality x) {
    switch (x) {
      case Modality::kNegated: return 3;
      case Modality::kHypothetical: return 2;
      case Modality::kPlanned: return 1;
      default: return 0;
    }
  };
  if (rank(m) > rank(q->modality)) q->modality = m;
}

int SpeakerOf(const Context& ctx, uint32_t verb) {
  int subj = ctx.Child(verb, "nsubj");
  if (subj >= 0) {
    auto es = ctx.EntitiesOf(static_cast<uint32_t>(subj));
    if (!es.empty()) return es[0];
  }
  int agent = -1;
  for (uint32_t c : ctx.children(verb)) {
    if (ctx.HasRel(c, "obl:agent") || (ctx.rel(c) == "obl" && ctx.Child(c, "case") >= 0 &&
                                       ctx.lower(static_cast<uint32_t>(ctx.Child(c, "case"))) == "by")) {
      agent = static_cast<int>(c);
    }
  }
  if (agent >= 0) {
    auto es = ctx.EntitiesOf(static_cast<uint32_t>(agent));
    if (!es.empty()) return es[0];
  }
  return -1;
}

// Local cues on one clause head: negation, auxiliaries, "if".
void ClauseCues(const Context& ctx, uint32_t t, bool negation, bool reported, Qualifier* q) {
  for (uint32_t c : ctx.children(t)) {
    const std::string& w = ctx.lower(c);
    auto r = ctx.rel(c);
    if (negation && (r == "advmod" || r == "neg" || r == "det" || r == "aux") && lex::IsNegationWord(w)) {
      Raise(q, Modality::kNegated);
    }
    if (r == "aux") {
      if (lex::IsFutureAux(w)) Raise(q, Modality::kPlanned);
      else if (w == "would" && reported) Raise(q, Modality::kPlanned);
      else if (lex::IsHypotheticalAux(w) && w != "can" && w != "must") Raise(q, Modality::kHypothetical);
    }
    if (r == "mark" && (w == "if" || w == "unless" || w == "whether")) Raise(q, Modality::kHypothetical);
    // "his planned/upcoming trip", "a possible meeting", "the cancelled summit".
    if (r == "amod") {
      if (w == "planned" || w == "proposed" || w == "scheduled" || w == "upcoming" || w == "forthcoming" ||
          w == "expected") {
        Raise(q, Modality::kPlanned);
      } else if (w == "possible" || w == "potential" || w == "hypothetical") {
        Raise(q, Modality::kHypothetical);
      } else if (w == "cancelled" || w == "canceled" || w == "postponed" || w == "aborted") {
        Raise(q, Modality::kNegated);
      }
    }
    // "X is to join Y": be + to-infinitive parsed with "is" as the verb's auxiliary.
    if (r == "aux" && ctx.lemma(c) == "be" && c + 1 < ctx.size() && ctx.lower(c + 1) == "to" &&
        ctx.Child(t, "mark") == static_cast<int>(c + 1)) {
      Raise(q, Modality::kPlanned);
    }
    if (r == "advmod" && (w == "reportedly" || w == "allegedly" || w == "apparently" || w == "supposedly")) {
      q->confidence = std::min(q->confidence, 0.7f);
    }
    if ((r == "obl" || r == "advcl") && ctx.Child(c, "case") >= 0 &&
        ctx.lower(static_cast<uint32_t>(ctx.Child(c, "case"))) == "according") {
      auto es = ctx.EntitiesOf(c);
      if (!es.empty() && q->attributed_to < 0) q->attributed_to = es[0];
    }
  }
}

// Whether the clause of `anchor` is reported speech ("agencies reported that
// A and B would meet"): there "would" is the future seen from the past.
bool InReportedSpeech(const Context& ctx, uint32_t anchor) {
  uint32_t t = anchor;
  for (int depth = 0; depth < 8; ++depth) {
    int h = ctx.head(t);
    if (h < 0) return false;
    uint32_t hu = static_cast<uint32_t>(h);
    auto r = ctx.rel(t);
    if (r == "ccomp") {
      return !lex::MatchVerb(ctx.lemma(hu), ctx.lower(hu), lex::IsSpeechVerb).empty() || lex::IsReportVerb(ctx.lemma(hu));
    }
    if (r != "xcomp" && r != "conj" && r != "obl" && r != "obj" && r != "nmod") return false;
    t = hu;
  }
  return false;
}

}  // namespace

Qualifier AssessModality(const Context& ctx, uint32_t anchor) {
  Qualifier q;
  uint32_t t = anchor;
  bool reported = InReportedSpeech(ctx, anchor), via_conj = false;
  // The anchor's own clause, then the clauses that govern it.
  for (int depth = 0; depth < 8; ++depth) {
    ClauseCues(ctx, t, !via_conj, reported, &q);
    via_conj = false;
    // "is to become", "was due to attend": be + to-infinitive.
    int h = ctx.head(t);
    if (h < 0) break;
    uint32_t hu = static_cast<uint32_t>(h);
    auto r = ctx.rel(t);
    // "happy to meet" parsed as an adverbial clause of the adjective: a complement.
    int mark = ctx.Child(t, "mark");
    if (r == "advcl" && ctx.tok(hu).upos == "ADJ" && mark >= 0 && ctx.lower(static_cast<uint32_t>(mark)) == "to") {
      r = "xcomp";
    }
    if (IsMisparsedComplement(ctx, t)) r = "xcomp";  // "is due to visit" as csubj
    // "denied ever meeting X" parsed as a bare adverbial: a gerund with no
    // marker after its verb is the verb's complement.
    // Not a participle set off by a comma ("refused to comment, saying ...").
    if (r == "advcl" && mark < 0 && t > hu && ctx.tok(t).xpos == "VBG" && ctx.Child(hu, "obj") < 0) {
      bool adjacent = true;
      for (uint32_t k = hu + 1; k < t; ++k) adjacent &= ctx.tok(k).upos == "ADV" || ctx.tok(k).upos == "PART";
      if (adjacent) r = "xcomp";
    }
    const std::string& hl = ctx.lemma(hu);
    const std::string& hw = ctx.lower(hu);
    if (r == "xcomp" || (r == "obj" && ctx.tok(t).upos == "NOUN") || r == "ccomp" || r == "advcl" ||
        r == "acl" || r == "conj" || (r == "obl" && ctx.tok(t).upos == "NOUN") || r == "nmod") {
      // A setting ("in a speech, X called for calm", "during the trip, X
      // refused to ...") is not what the verb hopes for or refuses; the
      // verb's own auxiliaries and negation still count (ClauseCues above).
      std::string prep = r == "obl" ? CaseOf(ctx, t) : std::string();
      bool setting = prep == "in" || prep == "at" || prep == "during" || prep == "on" || prep == "after" ||
                     prep == "following" || prep == "since";
      if ((r == "xcomp" || r == "obj" || r == "obl" || r == "nmod" || r == "acl") && !setting) {
        if (!lex::MatchVerb(hl, hw, lex::IsNegatingVerb).empty()) Raise(&q, Modality::kNegated);
        else if (!lex::MatchVerb(hl, hw, lex::IsPlanVerb).empty() || hl == "be" || hl == "due") Raise(&q, Modality::kPlanned);
        else if (!lex::MatchVerb(hl, hw, lex::IsHopeVerb).empty()) Raise(&q, Modality::kHypothetical);
      }
      if (r == "ccomp" && (!lex::MatchVerb(hl, hw, lex::IsSpeechVerb).empty() || lex::IsReportVerb(hl))) {
        if (q.attributed_to < 0) q.attributed_to = SpeakerOf(ctx, hu);
        reported = true;
        // The speaker's own negation ("did not say") does not negate the content.
        break;
      }
      if (r == "xcomp" && (hl == "report" || hl == "say" || hl == "believe" || hl == "expect") &&
          ctx.Child(hu, "nsubj:pass") >= 0) {
        q.confidence = std::min(q.confidence, 0.8f);  // "is reported to be"
      }
      if (r == "conj") {
        // A coordinated verb shares the auxiliaries of the first one, not its negation.
        t = hu;
        via_conj = true;
        continue;
      }
      if (r == "advcl" || r == "acl") break;
      t = hu;
      continue;
    }
    break;
  }
  return q;
}

}  // namespace kg::extract
