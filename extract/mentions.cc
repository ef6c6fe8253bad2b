#include "extract/mentions.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/party_names.h"

namespace kg::extract {
namespace {

bool IsCapitalized(std::string_view w) {
  if (w.empty()) return false;
  auto c = static_cast<unsigned char>(w[0]);
  return std::isupper(c) || (c >= 0xC3 && c < 0xE0);  // ASCII or Latin-1/Extended capitals' lead bytes
}

bool IsPossessive(const Context& ctx, uint32_t i) {
  const auto& l = ctx.lower(i);
  return l == "'s" || l == "\xE2\x80\x99s" || l == "'" || l == "\xE2\x80\x99";
}

// Finds country names / demonyms of 1-3 capitalised tokens starting at i.
int MatchCountry(const Context& ctx, uint32_t i, uint32_t end, std::string* country) {
  for (int len = 3; len >= 1; --len) {
    if (i + len > end) continue;
    std::string phrase;
    bool ok = true;
    for (uint32_t k = i; k < i + static_cast<uint32_t>(len); ++k) {
      if (!IsCapitalized(ctx.tok(k).form)) { ok = false; break; }
      if (!phrase.empty()) phrase += ' ';
      phrase += ctx.lower(k);
    }
    if (!ok) continue;
    std::string c = lex::CountryOf(phrase);
    if (!c.empty()) {
      *country = c;
      return len;
    }
  }
  return 0;
}

bool LooksDemonym(const Context& ctx, uint32_t first, uint32_t last, const std::string& country) {
  std::string phrase;
  for (uint32_t k = first; k < last; ++k) phrase += (phrase.empty() ? "" : " ") + ctx.lower(k);
  if (phrase == LowerAscii(country)) return false;
  if (ctx.tok(last - 1).upos == "ADJ") return true;
  static const char* const kEnds[] = {"an", "ese", "ish", "i", "ch", "ic", "ss", "ek", "ai", "ot"};
  for (const char* e : kEnds) {
    std::string_view s(e);
    if (phrase.size() > s.size() && phrase.compare(phrase.size() - s.size(), s.size(), s) == 0) return true;
  }
  return false;
}

EntityType TypeOfLabel(std::string_view label) {
  if (label == "PERSON" || label == "PER") return EntityType::kPerson;
  if (label == "ORG") return EntityType::kOrganization;
  if (label == "PLACE" || label == "GPE" || label == "LOC") return EntityType::kPlace;
  return EntityType::kUnknown;
}

void Finalize(const Context& ctx, RawMention* m) {
  m->surface = ctx.Text(m->first, m->last - 1);
  uint32_t f = m->first;
  if (m->type == EntityType::kPerson || m->type == EntityType::kUnknown) {
    if (m->last - f >= 2 && lex::IsHonorific(ctx.lower(f))) {
      m->honorific_gender = lex::HonorificGender(ctx.lower(f));
      m->type = EntityType::kPerson;
      ++f;
      if (f < m->last && ctx.tok(f).form == ".") ++f;
    }
  }
  m->name = ctx.Text(f, m->last - 1);
  for (uint32_t k = f; k < m->last; ++k) {
    // A person's name followed by an event word names an event ("the Ola
    // Brandt Lecture", a PERSON span to the NER) unless an honorific leads.
    bool person_ok = m->type != EntityType::kPerson || (m->honorific_gender == 0 && k > m->first);
    if (auto kind = lex::NamedEventKind(ctx.tok(k).form); !kind.empty() && person_ok && k + 1 == m->last) {
      m->type = EntityType::kEvent;
      m->event_kind = std::string(kind);
    }
  }
}

bool IsCalendarWord(const std::string& w) {
  static const char* const kWords[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december", "monday", "tuesday",
                                       "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb",
                                       "aug", "sept", "oct", "nov", "dec"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Whether token j continues (or, for j == start, starts) a proper-name run:
// capitalised proper nouns, any capitalised word inside a sentence ("No
// Mi-rae"), and hyphen-glued pieces ("Hye-jin").
bool IsAcronymWord(const std::string& w) {
  if (w.size() < 3 || w.size() > 6) return false;
  for (unsigned char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool IsQuoteMark(const std::string& w) {
  return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "'";
}

// Last words that make a name a company's.
bool IsCompanySuffix(const std::string& w) {
  return w == "limited" || w == "ltd" || w == "corporation" || w == "corp" || w == "inc" || w == "plc" ||
         w == "industries" || w == "holdings" || w == "group" || w == "company" || w == "gmbh" || w == "ag";
}

// A glued hyphen inside a compound office ("Secretary-General").
bool IsOfficeHyphen(const Context& ctx, uint32_t k) {
  return ctx.lower(k) == "-" && k > 0 && k + 1 < ctx.size() && ctx.tok(k - 1).end == ctx.tok(k).start &&
         ctx.tok(k).end == ctx.tok(k + 1).start && lex::IsTitleNoun(ctx.lower(k - 1)) &&
         lex::IsTitleNoun(ctx.lower(k + 1));
}

// Weekday names, and month names that are not also given names ("May",
// "June", "April", "August"): they date a name, never end one ("the
// Foreign Office Tuesday").
bool IsWeekdayOrUnambiguousMonth(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "monday",   "tuesday", "wednesday", "thursday",  "friday",  "saturday", "sunday",  "january",
      "february", "march",   "july",      "september", "october", "november", "december"};
  return kWords.count(w) > 0;
}

// Whether tokens h ("-") and h + 1 continue the name before them: glued on
// both sides, and the piece a capitalised word or a short syllable
// ("Yong-won", "Jong-un"), not an English compound head ("Ruiz-led").
bool IsGluedNamePiece(const Context& ctx, uint32_t h) {
  if (h == 0 || h + 1 >= ctx.size() || ctx.tok(h).form != "-") return false;
  if (ctx.tok(h - 1).end != ctx.tok(h).start || ctx.tok(h).end != ctx.tok(h + 1).start) return false;
  const std::string& piece = ctx.tok(h + 1).form;
  if (piece.empty() || !std::isalpha(static_cast<unsigned char>(piece[0]))) return false;
  if (IsCapitalized(piece)) return true;
  static const std::unordered_set<std::string> kCompoundHeads = {
      "led",  "backed", "based",  "born", "style", "era",   "like", "linked", "owned",
      "run",  "made",   "funded", "free", "type",  "bound", "wide", "long",   "old",
      "year", "day",    "week",   "man",  "men",   "area",  "zone"};
  return piece.size() <= 5 && !kCompoundHeads.count(ctx.lower(h + 1));
}

bool IsStandingWord(const std::string& w) {
  return w == "senior" || w == "former" || w == "ex" || w == "veteran" || w == "leading" ||
         w == "prominent" || w == "outgoing" || w == "junior";
}

// "G9", "G15": the names intergovernmental groups take from their size.
bool IsGroupCode(const std::string& form) {
  if (form.size() < 2 || form.size() > 3 || form[0] != 'G') return false;
  for (size_t k = 1; k < form.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(form[k]))) return false;
  }
  return true;
}

bool InNameRun(const Context& ctx, uint32_t start, uint32_t j, const std::unordered_set<std::string>& name_words) {
  const auto& t = ctx.tok(j);
  if (IsGroupCode(t.form)) return true;  // whatever the tagger made of it
  if (IsWeekdayOrUnambiguousMonth(ctx.lower(j)))
    return false;  // "on Monday school ..." starts no name either
  int s = ctx.sentence_of(j);
  bool sentence_first = s >= 0 && ctx.doc().sentences[s].first_token == j;
  if (j > start) {
    const auto& prev = ctx.tok(j - 1);
    bool glued = prev.end == t.start;
    if (t.form == "-" && glued && j + 1 < ctx.size() && t.end == ctx.tok(j + 1).start && std::isalpha(static_cast<unsigned char>(ctx.tok(j + 1).form[0]))) return true;
    if (prev.form == "-" && glued && std::isalpha(static_cast<unsigned char>(t.form[0]))) return true;
  }
  if (!IsCapitalized(t.form) || t.upos == "PUNCT" || t.upos == "NUM") return false;
  if (t.upos == "PROPN") return true;
  // Words the tagger took for common nouns: a sentence-initial "Kask" that
  // the NER recognised elsewhere in the text, an acronym ("IAAF").
  bool closed = t.upos == "PRON" || t.upos == "VERB" || t.upos == "AUX" || t.upos == "ADP" || t.upos == "CCONJ" ||
                t.upos == "SCONJ" || t.upos == "DET";
  if (!closed && (name_words.count(t.form) || IsAcronymWord(t.form))) return true;
  // "Conservative policy chief X" opening a sentence: a party word before an office.
  if (sentence_first && j == start && !closed && j + 1 < ctx.size() && !lex::IsTitleNoun(ctx.lower(j)) &&
      !lex::IsTitleModifier(ctx.lower(j)) &&
      (lex::IsTitleNoun(ctx.lower(j + 1)) || lex::IsTitleModifier(ctx.lower(j + 1)) ||
       ctx.tok(j + 1).upos == "NOUN") &&
      !CanonicalPartyName(t.form, PartyEvidence::kOfficeModifier, nullptr).empty()) {
    return true;
  }
  if (sentence_first || t.upos == "PRON" || t.upos == "VERB" || t.upos == "AUX" || t.upos == "ADP" ||
      t.upos == "CCONJ" || t.upos == "SCONJ") {
    return false;
  }
  if (j > start) return true;  // capitalised words after a name word continue it ("Russian Embassy")
  // A capitalised common word inside a sentence starts a name only before another capitalised word.
  return j + 1 < ctx.size() && IsCapitalized(ctx.tok(j + 1).form) && ctx.tok(j + 1).upos != "PUNCT" &&
         ctx.sentence_of(j + 1) == s;
}

}  // namespace

std::vector<RawMention> CollectMentions(const Context& ctx) {
  const nlp::Doc& doc = ctx.doc();
  uint32_t n = ctx.size();
  std::vector<char> taken(n, 0);
  std::vector<RawMention> out;

  std::vector<nlp::EntitySpan> spans;
  for (const auto& sp : doc.entities) {
    bool office_only = sp.label == "PERSON";  // "President" alone is an office, not a name
    for (uint32_t k = sp.first_token; k < sp.last_token && k < n; ++k) {
      office_only &= lex::IsTitleNoun(ctx.lower(k)) || lex::IsTitleModifier(ctx.lower(k));
    }
    if (!office_only) spans.push_back(sp);
  }
  // Spans that swallowed a preposition or an office ("Security Council Secretary
  // Ivo Sepp in Tallinn" as one ORG): cut at the preposition, and split
  // organisation | office words | person at the last office word before a name.
  {
    std::vector<nlp::EntitySpan> fixed;
    for (auto sp : spans) {
      for (uint32_t k = sp.first_token + 1; k < sp.last_token && k < n; ++k) {
        const std::string& w = ctx.lower(k);
        if (ctx.tok(k).upos == "ADP" && w != "of" && w != "for" && w != "de" && w != "du" && w != "von") {
          sp.last_token = k;
          break;
        }
        // "Anand Kask - another board member": a spaced dash, a comma or a
        // determiner ends a name.
        bool glued_hyphen = w == "-" && k + 1 < n && ctx.tok(k - 1).end == ctx.tok(k).start &&
                            ctx.tok(k).end == ctx.tok(k + 1).start;
        bool dash = (w == "-" && !glued_hyphen) || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
        if (dash || w == "," || w == ";" || (ctx.tok(k).upos == "DET" && sp.label == "PERSON")) {
          sp.last_token = k;
          break;
        }
      }
      uint32_t split = sp.first_token;
      for (uint32_t k = sp.first_token; k + 1 < sp.last_token && k < n; ++k) {
        const std::string& w = ctx.lower(k);
        bool royal = w == "crown" || w == "prince" || w == "princess" || w == "king" || w == "queen";
        // "the General Election": one event word after an office word is no name.
        // ... nor words ending in an organisation word ("the General Assembly",
        // "General Services Administration").
        bool event_word = (k + 2 == sp.last_token && !lex::EventKind(ctx.lemma(k + 1)).empty()) ||
                          lex::IsOrgWord(ctx.lower(sp.last_token - 1));
        if (lex::IsTitleNoun(w) && !royal && IsCapitalized(ctx.tok(k + 1).form) && !event_word) split = k + 1;
      }
      if (split > sp.first_token) {
        uint32_t f = split - 1;
        while (f > sp.first_token &&
               (lex::IsTitleNoun(ctx.lower(f - 1)) || lex::IsTitleModifier(ctx.lower(f - 1)) ||
                IsOfficeHyphen(ctx, f - 1)) &&
               !lex::IsOrgWord(ctx.lower(f - 1))) {
          --f;
        }
        if (f > sp.first_token && lex::IsOrgWord(ctx.lower(f - 1))) {
          nlp::EntitySpan org = sp;
          org.last_token = f;
          org.label = "ORG";
          fixed.push_back(org);
        } else {
          // "[Green Unionist] MP Ana Ruiz": the capitalised words before the
          // office are a name of their own, left untyped for the title rule.
          uint32_t g = f;
          while (g > sp.first_token && IsCapitalized(ctx.tok(g - 1).form) &&
                 !lex::IsTitleNoun(ctx.lower(g - 1)) && !IsCalendarWord(ctx.lower(g - 1)) &&
                 !lex::IsTitleModifier(ctx.lower(g - 1)) && !lex::IsHonorific(ctx.lower(g - 1)) &&
                 lex::CountryOf(ctx.lower(g - 1)).empty() && ctx.tok(g - 1).upos != "PUNCT") {
            --g;
          }
          if (g < f) {
            nlp::EntitySpan name = sp;
            name.first_token = g;
            name.last_token = f;
            name.label = "MISC";
            fixed.push_back(name);
          }
        }
        sp.first_token = split;
        sp.label = "PERSON";
      }
      // "Orvane Petrochemicals Limited" tagged PERSON: a company suffix makes
      // it an organisation, and a country word glued before it is part of the name.
      if (sp.first_token + 1 < sp.last_token && sp.last_token <= n && IsCompanySuffix(ctx.lower(sp.last_token - 1))) {
        sp.label = "ORG";
        // "[Oil and] Natural Gas Corporation": a capitalised word and "and"
        // before a company name belong to it.
        uint32_t f = sp.first_token;
        if (f >= 2 && ctx.lower(f - 1) == "and" && IsCapitalized(ctx.tok(f - 2).form) &&
            ctx.sentence_of(f - 2) == ctx.sentence_of(f) && ctx.doc().sentences[ctx.sentence_of(f)].first_token != f - 2 &&
            (ctx.tok(f - 2).upos == "NOUN" || ctx.tok(f - 2).upos == "PROPN") &&
            (fixed.empty() || fixed.back().last_token <= f - 2)) {
          sp.first_token = f - 2;
        }
        if (sp.first_token > 0 && IsCapitalized(ctx.tok(sp.first_token - 1).form) &&
            ctx.tok(sp.first_token - 1).upos == "PROPN" &&
            ctx.sentence_of(sp.first_token - 1) == ctx.sentence_of(sp.first_token) &&
            !lex::CountryOf(ctx.lower(sp.first_token - 1)).empty()) {
          --sp.first_token;
          // The country word may have been a span of its own.
          if (!fixed.empty() && fixed.back().first_token == sp.first_token && fixed.back().last_token == sp.first_token + 1) {
            fixed.pop_back();
          }
        }
      }
      // "[General Services Administration]" tagged PERSON: an office word
      // opening it and an organisation word closing it make it an organisation.
      if (sp.label == "PERSON" && sp.last_token - sp.first_token >= 2 && sp.last_token <= n &&
          lex::IsTitleNoun(ctx.lower(sp.first_token)) && lex::IsOrgWord(ctx.lower(sp.last_token - 1))) {
        sp.label = "ORG";
      }
      // "Republican Ana Ruiz", "Lib Dem Ana Ruiz": a party's name before a
      // person's is no part of it (the title rule makes it the affiliation).
      if (sp.label == "PERSON") {
        for (uint32_t len = 2; len >= 1; --len) {
          if (sp.first_token + len + 2 > sp.last_token) continue;
          std::string party = ctx.Text(sp.first_token, sp.first_token + len - 1);
          if (!IsCapitalized(party) || CanonicalPartyName(party, PartyEvidence::kName, nullptr).empty())
            continue;
          nlp::EntitySpan p = sp;
          p.last_token = sp.first_token + len;
          p.label = "MISC";
          fixed.push_back(p);
          sp.first_token += len;
          break;
        }
      }
      if (sp.first_token < sp.last_token) fixed.push_back(sp);
    }
    spans = std::move(fixed);
  }
  std::sort(spans.begin(), spans.end(),
            [](const nlp::EntitySpan& a, const nlp::EntitySpan& b) { return a.first_token < b.first_token; });
  // Name pieces the tagger left out next to a PERSON span ("Tomas" + [Ruiz]).
  std::vector<char> in_span(n, 0);
  for (const auto& sp : spans) {
    for (uint32_t k = sp.first_token; k < sp.last_token && k < n; ++k) in_span[k] = 1;
  }
  auto name_piece = [&](uint32_t k) {
    return !in_span[k] && ctx.tok(k).upos == "PROPN" && IsCapitalized(ctx.tok(k).form) &&
           !lex::IsTitleNoun(ctx.lower(k)) && !lex::IsTitleModifier(ctx.lower(k)) && !lex::IsHonorific(ctx.lower(k)) &&
           lex::CountryOf(ctx.lower(k)).empty();
  };
  for (auto& sp : spans) {
    if (sp.label == "ORG") {  // "[Tallinn] Stock Exchange"
      while (sp.first_token > 0 && name_piece(sp.first_token - 1) &&
             ctx.sentence_of(sp.first_token - 1) == ctx.sentence_of(sp.first_token)) {
        in_span[--sp.first_token] = 1;
      }
    }
    if (sp.label != "PERSON") continue;
    while (sp.first_token > 0 && name_piece(sp.first_token - 1) &&
           ctx.sentence_of(sp.first_token - 1) == ctx.sentence_of(sp.first_token)) {
      in_span[--sp.first_token] = 1;
    }
    while (sp.last_token < n && name_piece(sp.last_token) &&
           ctx.sentence_of(sp.last_token) == ctx.sentence_of(sp.last_token - 1)) {
      in_span[sp.last_token++] = 1;
    }
    // "Jo Yong" + "-won", "Ana Bruni" + "-Lind": a hyphen-glued piece ends the name.
    uint32_t h = sp.last_token;
    if (h + 1 < n && !in_span[h] && !in_span[h + 1] && IsGluedNamePiece(ctx, h)) {
      in_span[h] = in_span[h + 1] = 1;
      sp.last_token = h + 2;
    }
  }
  // Adjacent PERSON spans are one name the tagger split ("Tomas" + "Ruiz"),
  // and a place glued to an organisation names it ("Tallinn" + "Stock Exchange").
  for (size_t k = 1; k < spans.size(); ++k) {
    auto& a = spans[k - 1];
    bool same_person = a.label == "PERSON" && spans[k].label == "PERSON";
    bool org = (a.label == "PLACE" || a.label == "ORG") && spans[k].label == "ORG";
    if ((same_person || org) && a.last_token == spans[k].first_token &&
        a.last_token > 0 && ctx.tok(a.last_token - 1).upos != "PUNCT") {
      a.label = spans[k].label;
      a.last_token = spans[k].last_token;
      spans.erase(spans.begin() + static_cast<long>(k));
      --k;
    }
  }
  for (const auto& span : spans) {
    EntityType type = TypeOfLabel(span.label);
    if (type == EntityType::kUnknown && span.label != "MISC" && span.label != "EVENT") continue;
    uint32_t first = span.first_token, last = std::min(span.last_token, n);
    // Trim determiners, leading office words ("Defense Minister No ..."), trailing 's.
    while (first < last && (ctx.tok(first).upos == "DET" || ctx.lower(first) == "the")) ++first;
    while (last > first && (IsPossessive(ctx, last - 1) || ctx.tok(last - 1).upos == "PUNCT" ||
                            (last - first >= 2 && IsWeekdayOrUnambiguousMonth(ctx.lower(last - 1))))) {
      --last;
    }
    if (type == EntityType::kPerson) {
      auto royal = [&](uint32_t k) {
        const auto& w = ctx.lower(k);
        return w == "crown" || w == "prince" || w == "princess" || w == "king" || w == "queen" || w == "sheikh";
      };
      while (last - first >= 2 && !royal(first) &&
             (lex::IsTitleNoun(ctx.lower(first)) || lex::IsTitleModifier(ctx.lower(first)) ||
              !IsCapitalized(ctx.tok(first).form) || !lex::CountryOf(ctx.lower(first)).empty())) {
        ++first;
      }
      // "Ana Ruiz MP": a post-nominal is an office, not part of the name.
      while (last - first >= 3 && lex::IsPostNominal(ctx.lower(last - 1))) --last;
      // "the former Green MP for Dunmore": a party and an office, no name
      // (the party is left to the runs below).
      if (last - first >= 2 &&
          (lex::IsPostNominal(ctx.lower(last - 1)) || lex::IsTitleNoun(ctx.lower(last - 1))) &&
          !CanonicalPartyName(ctx.Text(first, last - 2), PartyEvidence::kOfficeModifier, nullptr).empty()) {
        continue;
      }
    }
    if (first >= last) continue;
    bool office_only = true;  // "Minister", "Defense Minister": an office, not a name
    for (uint32_t k = first; k < last; ++k) {
      office_only &= lex::IsTitleNoun(ctx.lower(k)) || lex::IsTitleModifier(ctx.lower(k));
    }
    if (office_only) continue;
    bool overlap = false;
    for (uint32_t k = first; k < last; ++k) overlap |= taken[k] != 0;
    if (overlap) continue;
    RawMention m;
    m.first = first;
    m.last = last;
    if (last - first == 1 && IsGroupCode(ctx.tok(first).form)) type = EntityType::kOrganization;
    // A name ending in an organisation word is one ("Riga Stock Exchange").
    if (type == EntityType::kPlace && lex::IsOrgWord(ctx.lower(last - 1)) && last - first >= 2) {
      type = EntityType::kOrganization;
    }
    m.type = type;
    std::string country;
    int len = MatchCountry(ctx, first, last, &country);
    if (len == static_cast<int>(last - first) && type != EntityType::kPerson) {
      m.type = EntityType::kCountry;
      m.country = country;
      m.demonym = LooksDemonym(ctx, first, last, country);
    }
    Finalize(ctx, &m);
    for (uint32_t k = first; k < last; ++k) taken[k] = 1;
    out.push_back(std::move(m));
  }

  // Words of person and organisation names the NER found somewhere in the text.
  std::unordered_set<std::string> name_words;
  for (const auto& sp : spans) {
    if (sp.label != "PERSON" && sp.label != "ORG") continue;
    for (uint32_t k = sp.first_token; k < sp.last_token && k < n; ++k) {
      const std::string& f = ctx.tok(k).form;
      if (f.size() >= 3 && IsCapitalized(f) && !lex::IsTitleNoun(ctx.lower(k)) && !lex::IsHonorific(ctx.lower(k)) &&
          !lex::IsTitleModifier(ctx.lower(k)) && !lex::IsOrgWord(ctx.lower(k))) {
        name_words.insert(f);
      }
    }
  }
  // Outside NER spans: runs of proper nouns (typed by their head word), and
  // country names / demonyms ("Russian", "Kenyan").
  for (uint32_t i = 0; i < n;) {
    if (taken[i]) { ++i; continue; }
    int s = ctx.sentence_of(i);
    uint32_t j = i;
    while (j < n && !taken[j] && ctx.sentence_of(j) == s && InNameRun(ctx, i, j, name_words)) ++j;
    while (j > i && ctx.tok(j - 1).form == "-") --j;
    // "the Orvane foundation": a lower-case organisation word closes the name.
    if (j > i && j < n && !taken[j] && ctx.sentence_of(j) == s && lex::IsOrgWord(ctx.lower(j)) &&
        !IsCapitalized(ctx.tok(j).form) && ctx.tok(j).upos == "NOUN" && ctx.lower(j) != "government" &&
        ctx.lower(j) != "administration" && ctx.lower(j) != "office" && ctx.lower(j) != "team" &&
        ctx.lower(j) != "news" && ctx.lower(j) != "board") {  // "the Orvane board" is Orvane's board
      ++j;
    }
    uint32_t sent_end = s >= 0 ? doc.sentences[s].last_token : n;
    std::string country;
    int clen = MatchCountry(ctx, i, std::min(sent_end, n), &country);
    for (int k = 0; k < clen; ++k) {
      if (taken[i + k]) clen = 0;
    }
    bool org_run = j > i && lex::IsOrgWord(ctx.lower(j - 1)) && clen < static_cast<int>(j - i);
    if (clen > 0 && !org_run) {
      RawMention m;
      m.first = i;
      m.last = i + clen;
      m.type = EntityType::kCountry;
      m.country = country;
      m.demonym = LooksDemonym(ctx, i, i + clen, country);
      Finalize(ctx, &m);
      for (int k = 0; k < clen; ++k) taken[i + k] = 1;
      out.push_back(std::move(m));
      i += clen;
      continue;
    }
    if (j == i) { ++i; continue; }
    // "Senior Labour backbencher", "Former Green leader": words that rank or
    // date a person open a sentence's run but are no part of a name.
    while (j - i >= 2 && IsStandingWord(ctx.lower(i))) ++i;
    // "Green Party MP [Ana Ruiz]": office words that close a run right before
    // another name belong to that name's office; what precedes them is a
    // name of its own (the party, the organisation).
    // So do an abbreviated office or post-nominal closing it ("a former Green Party MP,").
    bool office_abbrev =
        j - i >= 2 && (lex::IsPostNominal(ctx.lower(j - 1)) || lex::IsTitleAbbreviation(ctx.lower(j - 1)));
    if (((j < n && taken[j] && ctx.sentence_of(j) == s) || office_abbrev) &&
        lex::IsTitleNoun(ctx.lower(j - 1))) {
      uint32_t t = j;
      while (t > i && (lex::IsTitleNoun(ctx.lower(t - 1)) || lex::IsTitleModifier(ctx.lower(t - 1))) &&
             !lex::IsOrgWord(ctx.lower(t - 1)) && lex::CountryOf(ctx.lower(t - 1)).empty()) {
        --t;
      }
      if (t == i) {
        i = j;
        continue;
      }
      j = t;
    }
    if (j == i + 1 && IsCalendarWord(ctx.lower(i))) { ++i; continue; }
    bool all_title = true;  // "Foreign Minister" before a name is an office, not a name
    for (uint32_t k = i; k < j; ++k) {
      all_title &=
          lex::IsTitleNoun(ctx.lower(k)) || lex::IsTitleModifier(ctx.lower(k)) || IsOfficeHyphen(ctx, k);
    }
    if (all_title) { i = j; continue; }
    // "Security Council Secretary Ivo Sepp": an office title splits an
    // organisation (before) from a person (after).
    uint32_t split = i;
    for (uint32_t k = i; k + 1 < j; ++k) {
      const std::string& w = ctx.lower(k);
      bool royal = w == "crown" || w == "prince" || w == "princess" || w == "king" || w == "queen";
      if (lex::IsTitleNoun(w) && !royal) split = k + 1;
    }
    if (split > i) {
      uint32_t f = split - 1;
      while (f > i &&
             (lex::IsTitleNoun(ctx.lower(f - 1)) || lex::IsTitleModifier(ctx.lower(f - 1)) ||
              IsOfficeHyphen(ctx, f - 1)) &&
             !lex::IsOrgWord(ctx.lower(f - 1))) {
        --f;
      }
      if (f > i && lex::IsOrgWord(ctx.lower(f - 1))) {
        RawMention org;
        org.first = i;
        org.last = f;
        org.type = EntityType::kOrganization;
        Finalize(ctx, &org);
        out.push_back(std::move(org));
      }
      for (uint32_t k = i; k < split; ++k) taken[k] = 1;
      i = split;
      if (i >= j) continue;
    }
    RawMention m;
    m.first = i;
    m.last = j;
    std::string last_word = ctx.lower(j - 1);
    // "[Tallinn] Stock Exchange": a place name glued to an organisation name is part of it.
    if (lex::IsOrgWord(last_word) && i > 0 && ctx.tok(i - 1).upos == "PROPN") {
      for (size_t k = 0; k < out.size(); ++k) {
        if (out[k].last == i && !out[k].demonym &&
            (out[k].type == EntityType::kPlace || out[k].type == EntityType::kCountry)) {
          m.first = out[k].first;
          out.erase(out.begin() + static_cast<long>(k));
          break;
        }
      }
    }
    if (lex::IsOrgWord(last_word) || (j - i == 1 && IsGroupCode(ctx.tok(i).form))) {
      m.type = EntityType::kOrganization;
    }
    else if (lex::IsPlaceWord(last_word)) m.type = EntityType::kPlace;
    else if (i > 0 && (lex::IsHonorific(ctx.lower(i - 1)) || lex::IsTitleNoun(ctx.lower(i - 1)))) m.type = EntityType::kPerson;
    else if (i > 0 && !lex::KinRelation(ctx.lower(i - 1)).empty()) m.type = EntityType::kPerson;  // "his wife X"
    else if (ctx.lower(i) == "crown" || ctx.lower(i) == "prince" || ctx.lower(i) == "princess" ||
             ctx.lower(i) == "king" || ctx.lower(i) == "queen") {
      m.type = EntityType::kPerson;
    }
    else if (i > 1 && ctx.lower(i - 1) == "," && !lex::KinRelation(ctx.lower(i - 2)).empty()) m.type = EntityType::kPerson;
    if (m.type == EntityType::kUnknown && lex::IsHonorific(ctx.lower(i)) && j - i >= 2) m.type = EntityType::kPerson;
    Finalize(ctx, &m);
    // 'Antonio "LA" Reid': a quoted nickname between first name and surname.
    if (m.type == EntityType::kUnknown && j - i == 1 && j + 3 < n && IsQuoteMark(ctx.tok(j).form) &&
        IsQuoteMark(ctx.tok(j + 2).form) && IsCapitalized(ctx.tok(j + 1).form) && ctx.tok(j + 3).upos == "PROPN" &&
        IsCapitalized(ctx.tok(j + 3).form) && ctx.sentence_of(j + 3) == s && !taken[j + 3]) {
      uint32_t k = j + 3;
      while (k < n && !taken[k] && ctx.sentence_of(k) == s && ctx.tok(k).upos == "PROPN" && IsCapitalized(ctx.tok(k).form)) ++k;
      m.type = EntityType::kPerson;
      m.name = ctx.Text(i, j - 1) + " " + ctx.Text(j + 3, k - 1);
      j = k;
      m.last = j;
      m.surface = ctx.Text(i, j - 1);
    }
    for (uint32_t k = i; k < j; ++k) taken[k] = 1;
    out.push_back(std::move(m));
    i = j;
  }
  // Honorifics just before a PERSON span belong to it ("Mr" + "Ruiz").
  for (auto& m : out) {
    if (m.type == EntityType::kPerson && m.first > 0 && !taken[m.first - 1] && lex::IsHonorific(ctx.lower(m.first - 1))) {
      m.honorific_gender = lex::HonorificGender(ctx.lower(m.first - 1));
      m.first -= 1;
      m.surface = ctx.Text(m.first, m.last - 1);
      taken[m.first] = 1;
    }
  }
  std::sort(out.begin(), out.end(), [](const RawMention& a, const RawMention& b) { return a.first < b.first; });
  return out;
}

}  // namespace kg::extract
