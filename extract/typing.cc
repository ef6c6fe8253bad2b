#include "extract/typing.h"

#include <set>
#include <string_view>

#include "extract/lexicon.h"

namespace kg::extract {
namespace {

// Nouns that say a name is a business; "maker" and the like only for names
// the NER left untyped ("film maker" may be a person).
bool IsCompanyNoun(std::string_view w) {
  static const std::set<std::string_view> s = {
      "company", "firm", "group", "corporation", "giant", "operator", "manufacturer", "retailer", "label",
      "carrier", "conglomerate", "broadcaster", "airline", "insurer", "bank", "chain", "supplier", "vendor",
      "subsidiary", "publisher", "start-up", "startup", "multinational", "telecom", "telco", "automaker",
      "carmaker", "distributor", "exporter", "importer", "lender", "brewer", "utility"};
  return s.count(w) > 0;
}
bool IsWeakCompanyNoun(std::string_view w) {
  return w == "maker" || w == "producer" || w == "provider" || w == "developer" || w == "owner" || w == "unit";
}

bool Retype(Context& ctx, int e, bool strong) {
  Entity& ent = ctx.entities[e];
  bool one_word_person = ent.type == EntityType::kPerson && !ent.official && ent.name.find(' ') == std::string::npos &&
                         ent.mentions <= 3;
  if (ent.type == EntityType::kUnknown || (strong && one_word_person)) {
    ent.type = EntityType::kOrganization;
    return true;
  }
  return false;
}

}  // namespace

void TypeEntitiesByContext(Context& ctx) {
  uint32_t n = ctx.size();
  for (const Mention& m : ctx.mentions) {
    if (m.entity < 0 || m.demonym) continue;
    auto t = ctx.entities[m.entity].type;
    // "X Y, its minister for economic affairs," / "X Y, the club's coach,":
    // a two-word name with an office in apposition is a person, whatever the
    // NER said (it took some for places).
    if ((t == EntityType::kPlace || t == EntityType::kUnknown) && ctx.entities[m.entity].name.find(' ') != std::string::npos &&
        m.last + 2 < n && ctx.lower(m.last) == ",") {
      uint32_t k = m.last + 1;
      if (ctx.tok(k).upos == "DET" || ctx.HasRel(k, "nmod:poss")) ++k;
      while (k < n && k < m.last + 5 && ctx.tok(k).upos == "ADJ") ++k;
      if (k < n && k > m.last + 1 && ctx.tok(k).upos == "NOUN" && lex::IsTitleNoun(ctx.lower(k)) &&
          ctx.token_mention[k] < 0) {
        ctx.entities[m.entity].type = EntityType::kPerson;
        continue;
      }
    }
    if (t != EntityType::kUnknown && t != EntityType::kPerson) continue;
    int s = ctx.sentence_of(m.first);
    // "X, the Finnish handset maker," / "X, a record label,": the head noun
    // is the last word before the closing comma or verb.
    if (m.last + 2 < n && ctx.lower(m.last) == ",") {
      uint32_t k = m.last + 1;
      if (ctx.tok(k).upos == "DET") {
        ++k;
        uint32_t head = k;
        while (k < n && k < m.last + 8 && ctx.sentence_of(k) == s &&
               (ctx.tok(k).upos == "NOUN" || ctx.tok(k).upos == "ADJ" || ctx.tok(k).upos == "PROPN" ||
                ctx.lower(k) == "-")) {
          head = k++;
        }
        // The phrase must end there ("X, the company's founder" is a person).
        bool closed = k < n && (ctx.lower(k) == "," || ctx.lower(k) == "." || ctx.lower(k) == ")" ||
                                ctx.tok(k).upos == "VERB" || ctx.tok(k).upos == "AUX" ||
                                (ctx.lower(k) == "of" && IsCompanyNoun(ctx.lower(head))));
        if (closed && head < k && ctx.token_mention[head] < 0) {
          const std::string& w = ctx.lower(head);
          if (IsCompanyNoun(w) || IsWeakCompanyNoun(w)) {
            if (Retype(ctx, m.entity, IsCompanyNoun(w))) continue;
          }
        }
      }
    }
    // "the firm X", "energy giant X", "its parent company, X".
    if (m.first >= 1 && ctx.tok(m.first - 1).upos == "NOUN" && IsCompanyNoun(ctx.lower(m.first - 1))) {
      Retype(ctx, m.entity, true);
    } else if (m.first >= 2 && ctx.lower(m.first - 1) == "," && ctx.tok(m.first - 2).upos == "NOUN" &&
               IsCompanyNoun(ctx.lower(m.first - 2)) && m.last < n &&
               (ctx.lower(m.last) == "," || ctx.lower(m.last) == ".")) {
      Retype(ctx, m.entity, true);
    }
  }
}

}  // namespace kg::extract
