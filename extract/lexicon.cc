#include "extract/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/event_lexicon.h"

namespace kg::extract::lex {
namespace {

using Set = std::unordered_set<std::string_view>;

bool In(const Set& s, std::string_view w) { return s.count(w) > 0; }

std::string_view StripDot(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

// "Country|alias|demonym|..." entries: general geography, not story data.
const char* const kCountries[] = {
    "Afghanistan|Afghan", "Albania|Albanian", "Algeria|Algerian", "Argentina|Argentine|Argentinian",
    "Armenia|Armenian", "Australia|Australian", "Austria|Austrian", "Azerbaijan|Azerbaijani",
    "Bangladesh|Bangladeshi", "Belarus|Belarusian", "Belgium|Belgian", "Bolivia|Bolivian",
    "Bosnia|Bosnian", "Brazil|Brazilian", "Bulgaria|Bulgarian", "Cambodia|Cambodian",
    "Cameroon|Cameroonian", "Canada|Canadian", "Chile|Chilean", "China|Chinese", "Colombia|Colombian",
    "Croatia|Croatian", "Cuba|Cuban", "Cyprus|Cypriot", "Czech Republic|Czech|Czechia", "Denmark|Danish",
    "Egypt|Egyptian", "Estonia|Estonian", "Ethiopia|Ethiopian", "Finland|Finnish", "France|French",
    "Georgia|Georgian", "Germany|German", "Ghana|Ghanaian", "Greece|Greek", "Hungary|Hungarian",
    "Iceland|Icelandic", "India|Indian", "Indonesia|Indonesian", "Iran|Iranian", "Iraq|Iraqi",
    "Ireland|Irish", "Israel|Israeli", "Italy|Italian", "Japan|Japanese", "Jordan|Jordanian",
    "Kazakhstan|Kazakh", "Kenya|Kenyan", "Kuwait|Kuwaiti", "Laos|Lao|Laotian", "Latvia|Latvian",
    "Lebanon|Lebanese", "Libya|Libyan", "Lithuania|Lithuanian", "Malaysia|Malaysian", "Mali|Malian",
    "Mexico|Mexican", "Moldova|Moldovan", "Mongolia|Mongolian", "Morocco|Moroccan",
    "Myanmar|Burma|Burmese", "Nepal|Nepalese|Nepali", "Netherlands|Holland|Dutch",
    "New Zealand|New Zealander", "Nigeria|Nigerian", "North Korea|North Korean|DPRK",
    "Norway|Norwegian", "Pakistan|Pakistani", "Palestine|Palestinian", "Peru|Peruvian",
    "Philippines|Filipino|Philippine", "Poland|Polish", "Portugal|Portuguese", "Qatar|Qatari",
    "Romania|Romanian", "Russia|Russian|Russian Federation", "Saudi Arabia|Saudi",
    "Serbia|Serbian", "Singapore|Singaporean", "Slovakia|Slovak", "Slovenia|Slovenian",
    "Somalia|Somali", "South Africa|South African", "South Korea|South Korean|Korea",
    "Spain|Spanish", "Sri Lanka|Sri Lankan", "Sudan|Sudanese", "Sweden|Swedish",
    "Switzerland|Swiss", "Syria|Syrian", "Taiwan|Taiwanese", "Thailand|Thai", "Tunisia|Tunisian",
    "Turkey|Turkish|Turkiye", "Uganda|Ugandan", "Ukraine|Ukrainian",
    "United Arab Emirates|UAE|Emirati", "United Kingdom|UK|U.K.|Britain|Great Britain|British",
    "United States|US|U.S.|USA|U.S.A.|America|American|United States of America",
    "Uzbekistan|Uzbek", "Venezuela|Venezuelan", "Vietnam|Vietnamese", "Yemen|Yemeni",
    "Zambia|Zambian", "Zimbabwe|Zimbabwean", "Scotland|Scottish", "England|English", "Wales|Welsh",
    "Europe|European", "Belize|Belizean", "Luxembourg|Luxembourgish", "Malta|Maltese",
    "Senegal|Senegalese", "Rwanda|Rwandan", "Tanzania|Tanzanian", "Ecuador|Ecuadorian",
    "Angola|Angolan", "Benin|Beninese", "Botswana", "Burkina Faso|Burkinabe", "Burundi|Burundian",
    "Cape Verde|Cabo Verde|Cape Verdean", "Central African Republic", "Chad|Chadian", "Comoros|Comorian",
    "Congo|Republic of the Congo", "Democratic Republic of the Congo|DR Congo|DRC|Congolese",
    "Ivory Coast|CÃ´te d'Ivoire|Ivorian", "Djibouti|Djiboutian", "Equatorial Guinea|Equatoguinean",
    "Eritrea|Eritrean", "Eswatini|Swaziland|Swazi", "Gabon|Gabonese", "Gambia|Gambian", "Guinea|Guinean",
    "Lesotho", "Liberia|Liberian", "Madagascar|Malagasy", "Malawi|Malawian", "Mauritania|Mauritanian",
    "Mauritius|Mauritian", "Mozambique|Mozambican", "Namibia|Namibian", "Niger|Nigerien", "Seychelles|Seychellois",
    "Sierra Leone|Sierra Leonean", "South Sudan|South Sudanese", "Togo|Togolese", "Bahrain|Bahraini",
    "Oman|Omani", "Bhutan|Bhutanese", "Brunei|Bruneian", "Maldives|Maldivian", "Kyrgyzstan|Kyrgyz",
    "Tajikistan|Tajik", "Turkmenistan|Turkmen", "East Timor|Timor-Leste|Timorese",
    "Papua New Guinea|Papua New Guinean", "Fiji|Fijian", "Samoa|Samoan", "Tonga|Tongan", "Vanuatu",
    "Solomon Islands", "Andorra|Andorran", "Monaco|Monegasque", "Liechtenstein", "San Marino",
    "Vatican|Holy See", "North Macedonia|Macedonia|Macedonian", "Montenegro|Montenegrin", "Kosovo|Kosovar",
    "Bosnia and Herzegovina", "Panama|Panamanian", "Uruguay|Uruguayan", "Paraguay|Paraguayan",
    "Honduras|Honduran", "Guatemala|Guatemalan", "El Salvador|Salvadoran", "Nicaragua|Nicaraguan",
    "Costa Rica|Costa Rican", "Haiti|Haitian", "Jamaica|Jamaican", "Dominican Republic|Dominican",
    "Trinidad and Tobago|Trinidadian", "Bahamas|Bahamian", "Barbados|Barbadian", "Guyana|Guyanese",
    "Suriname|Surinamese",
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const std::unordered_map<std::string, std::string>& CountryTable() {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string, std::string>();
    for (const char* entry : kCountries) {
      std::string_view e(entry);
      std::string canonical(e.substr(0, e.find('|')));
      size_t pos = 0;
      while (pos <= e.size()) {
        size_t bar = e.find('|', pos);
        if (bar == std::string_view::npos) bar = e.size();
        m->emplace(Lower(e.substr(pos, bar - pos)), canonical);
        pos = bar + 1;
      }
    }
    return m;
  }();
  return *table;
}

}  // namespace

bool IsTitleNoun(std::string_view w) {
  static const Set s = {"minister", "president", "leader", "ambassador", "secretary", "general",
                        "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman",
                        "spokesperson", "executive", "director", "head", "chief", "boss", "governor",
                        "mayor", "senator", "chancellor", "king", "queen", "prince", "princess",
                        "premier", "commissioner", "envoy", "official", "officer", "commander",
                        "marshal", "admiral", "colonel", "captain", "lieutenant", "sergeant",
                        "vice-chairman", "vice-president", "founder", "co-founder", "manager",
                        "member", "deputy", "representative", "emir", "sultan", "sheikh",
                        "pope", "cardinal", "bishop", "archbishop", "judge", "prosecutor",
                        "attorney-general", "treasurer", "coach", "ceo", "cfo", "coo", "chief-executive",
                        "economist", "critic", "adviser", "advisor", "counsellor", "councillor",
                        "diplomat", "congressman", "congresswoman", "lawmaker", "mp", "legislator",
                        "monarch", "co-ordinator", "coordinator", "whip", "mep", "msp", "emperor", "consul",
                        "attaché", "ruler", "owner",
                        "partner", "editor", "publisher", "producer", "analyst", "strategist",
                        "vice-chair", "chairmen", "presidents", "ministers", "leaders", "constable",
                        "co-chairman", "co-chairwoman", "co-chair", "co-leader"};
  return In(s, w) || IsTitleAbbreviation(w);
}

bool IsTitleAbbreviation(std::string_view w) {
  static const Set s = {"pm", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen", "rep", "cllr", "cdr",
                        "adm", "brig", "supt", "insp", "cpl", "amb", "pres"};
  return In(s, StripDot(w));
}

bool IsPostNominal(std::string_view w) {
  static const Set s = {"mp", "mep", "msp", "mla", "td", "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe"};
  return In(s, StripDot(w));
}

bool IsLeaderTitle(std::string_view w) {
  static const Set s = {"leader", "president", "chairman", "chairwoman", "chair", "chairperson", "head",
                        "chief", "boss", "king", "queen", "premier", "governor", "mayor", "ceo",
                        "emir", "sultan", "monarch", "emperor", "ruler", "dictator", "founder",
                        "executive", "owner", "director-general"};
  return In(s, w);
}

bool IsTitleModifier(std::string_view w) {
  static const Set s = {"vice", "deputy", "chief", "senior", "junior", "foreign", "defense", "defence",
                        "prime", "first", "acting", "interim", "former", "general", "supreme",
                        "executive", "managing", "finance", "interior", "trade", "economy", "energy",
                        "petroleum", "oil", "health", "education", "justice", "culture", "sports",
                        "security", "national", "state", "assistant", "associate", "principal",
                        "crown", "grand", "high", "lord", "lady", "party", "council", "federal",
                        "reserve", "central", "board", "commanding", "top", "new", "outgoing",
                        // ministerial portfolios ("Transport Minister", "Commissioner for Transport")
                        "transport", "infrastructure", "agriculture", "environment", "home", "housing",
                        "tourism", "fisheries", "industry", "development", "employment", "welfare",
                        "immigration", "communications", "information", "science", "technology", "affairs",
                        "treasury", "planning", "climate", "digital", "veterans", "commerce", "budget",
                        "labor", "mining", "forestry", "aviation", "shadow", "cabinet", "intelligence"};
  return In(s, w);
}

bool IsHonorific(std::string_view w) {
  static const Set s = {"mr", "ms", "mrs", "miss", "dr", "sir", "dame", "mme", "madam", "lord", "lady", "comrade"};
  return In(s, StripDot(w));
}

char HonorificGender(std::string_view w) {
  w = StripDot(w);
  if (w == "mr" || w == "sir" || w == "lord") return 'm';
  if (w == "ms" || w == "mrs" || w == "miss" || w == "dame" || w == "mme" || w == "madam" || w == "lady") return 'f';
  return 0;
}

bool IsOrgWord(std::string_view w) {
  static const Set s = {"committee", "party", "ministry", "embassy", "bank", "group", "company",
                        "corporation", "corp", "inc", "ltd", "limited", "plc", "association", "agency",
                        "foundation", "exchange", "council", "commission", "union", "university",
                        "institute", "army", "navy", "force", "forces", "assembly", "parliament",
                        "government", "cabinet", "court", "tribunal", "federation", "organisation",
                        "organization", "department", "office", "club", "team", "league", "fund",
                        "industries", "holdings", "airlines", "motors", "records", "studios",
                        "network", "news", "times", "post", "agency", "service", "authority",
                        "board", "senate", "congress", "consulate", "police", "academy", "school",
                        "college", "church", "society", "trust", "partners", "media", "energy", "oil", "nations",
                        "administration"};
  return In(s, w);
}

bool IsPlaceWord(std::string_view w) {
  static const Set s = {"city", "province", "region", "river", "island", "islands", "county", "state",
                        "street", "square", "peninsula", "mountains", "valley", "lake", "sea", "ocean",
                        "district", "village", "town", "airport", "port", "bay", "gulf", "coast"};
  return In(s, w);
}

std::string_view KinRelation(std::string_view w) {
  static const Set child = {"daughter", "son", "child", "children", "daughters", "sons", "stepson",
                            "stepdaughter"};
  static const Set parent = {"father", "mother", "parent", "parents", "dad", "mum", "mom", "stepfather",
                             "stepmother"};
  static const Set spouse = {"wife", "husband", "spouse", "widow", "widower", "partner"};
  if (In(child, w)) return "child";
  if (In(parent, w)) return "parent";
  if (In(spouse, w)) return "spouse";
  return "";
}

char KinGender(std::string_view w) {
  static const Set f = {"daughter", "daughters", "mother", "mum", "mom", "wife", "widow", "stepdaughter",
                        "stepmother", "sister"};
  static const Set m = {"son", "sons", "father", "dad", "husband", "widower", "stepson", "stepfather",
                        "brother"};
  if (In(f, w)) return 'f';
  if (In(m, w)) return 'm';
  return 0;
}

bool IsTimeNoun(std::string_view w) {
  static const Set s = {"second",  "minute",    "hour",     "day",    "days",     "week",
                        "weeks",   "month",     "months",   "year",   "years",    "decade",
                        "morning", "afternoon", "evening",  "night",  "weekend",  "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return In(s, w);
}

std::string_view EventKind(std::string_view lemma) {
  // The event nouns are the NOUN entries of the trigger lexicon.
  const Trigger* t = FindTrigger(lemma, /*verb=*/false);
  return t && t->frame != Frame::kAttendee ? t->kind : std::string_view();
}

std::string_view NamedEventKind(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"Forum", "Conference"},  {"Congress", "Conference"}, {"Conference", "Conference"},
      {"Summit", "Summit"},     {"Awards", "Ceremony"},     {"Games", "Event"},
      {"Olympics", "Event"},    {"Festival", "Ceremony"},   {"Lecture", "Speech"},
      {"Cup", "Event"},         {"Championship", "Event"},  {"Championships", "Event"},
      {"Expo", "Conference"},   {"Parade", "Ceremony"},     {"Ceremony", "Ceremony"},
      {"Day", "Ceremony"},      {"Convention", "Conference"}, {"Grammys", "Ceremony"},
      {"Oscars", "Ceremony"},   {"Baftas", "Ceremony"},     {"Week", "Event"},
      {"Prix", "Event"},        {"Marathon", "Event"},      {"Tournament", "Event"},
  };
  auto it = m.find(w);
  return it == m.end() ? std::string_view() : it->second;
}

bool IsSpeechVerb(std::string_view l) {
  static const Set s = {"say", "tell", "state", "add", "warn", "insist", "claim", "declare", "stress",
                        "emphasize", "emphasise", "underscore", "note", "assert", "argue", "explain",
                        "announce", "vow", "pledge", "promise", "remark", "comment", "reply", "answer",
                        "write", "tweet", "admit", "acknowledge", "suggest", "urge", "predict",
                        "describe", "confirm", "deny", "reiterate", "affirm", "observe", "recall",
                        "tout", "hail", "boast", "complain", "caution", "narrate", "respond", "concede", "quip",
                        "exclaim", "retort", "contend", "testify"};
  return In(s, l);
}

std::string MatchVerb(std::string_view lemma, std::string_view w, bool (*pred)(std::string_view)) {
  if (pred(lemma)) return std::string(lemma);
  if (pred(w)) return std::string(w);
  for (std::string_view suf : {"ing", "ed", "es", "s", "d"}) {
    if (w.size() <= suf.size() + 2 || w.substr(w.size() - suf.size()) != suf) continue;
    std::string stem(w.substr(0, w.size() - suf.size()));
    if (pred(stem)) return stem;
    if (pred(stem + "e")) return stem + "e";
    if (stem.size() > 3 && stem[stem.size() - 1] == stem[stem.size() - 2]) {  // "cancelled" -> "cancel"
      std::string single = stem.substr(0, stem.size() - 1);
      if (pred(single)) return single;
    }
    if (stem.size() > 2 && stem.back() == 'i' && pred(stem.substr(0, stem.size() - 1) + "y")) {
      return stem.substr(0, stem.size() - 1) + "y";  // "denied" -> "deny"
    }
  }
  return "";
}

bool IsReportVerb(std::string_view l) {
  static const Set s = {"report", "claim", "allege", "rumour", "rumor", "believe", "suggest", "say"};
  return In(s, l);
}

bool IsPlanVerb(std::string_view l) {
  static const Set s = {"plan", "intend", "expect", "schedule", "prepare", "due", "set", "aim",
                        "propose", "arrange", "organise", "organize", "agree", "decide", "going",
                        "scheduled", "expected", "planned", "slated", "poised"};
  return In(s, l);
}

bool IsHopeVerb(std::string_view l) {
  static const Set s = {"hope", "want", "try", "seek", "consider", "wish", "attempt", "like", "dream",
                        "offer", "threaten", "may", "might", "could", "urge", "call", "ask", "invite",
                        "suppose", "keen", "eager", "able", "willing", "likely", "possible", "look",
                        "forward", "happy", "ready", "prepared", "glad", "open"};
  return In(s, l);
}

bool IsNegatingVerb(std::string_view l) {
  static const Set s = {"cancel", "miss", "skip", "deny", "refuse", "fail", "decline", "postpone",
                        "avoid", "boycott", "reject", "withdraw", "abandon", "scrap", "stop",
                        "prevent", "forbid", "ban", "block", "drop", "halt", "suspend", "quit",
                        "bar", "unable"};  // "was unable to attend", "was barred from attending"
  return In(s, l);
}

bool IsHypotheticalAux(std::string_view w) {
  return w == "could" || w == "might" || w == "may" || w == "would" || w == "should" || w == "'d" ||
         w == "must" || w == "can";
}

bool IsFutureAux(std::string_view w) { return w == "will" || w == "shall" || w == "'ll" || w == "wo"; }

bool IsNegationWord(std::string_view w) {
  return w == "not" || w == "n't" || w == "never" || w == "no" || w == "nor" || w == "neither";
}

char PronounGender(std::string_view w) {
  if (w == "he" || w == "him" || w == "his" || w == "himself") return 'm';
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return 'f';
  if (w == "they" || w == "them" || w == "their" || w == "theirs" || w == "themselves") return 'p';
  return 0;
}

bool IsGroupAnaphor(std::string_view w) {
  return w == "pair" || w == "couple" || w == "two" || w == "duo" || w == "brothers" || w == "sisters" ||
         w == "sprinters" || w == "siblings";
}

std::string CountryOf(std::string_view lower_phrase) {
  const auto& t = CountryTable();
  auto it = t.find(std::string(lower_phrase));
  return it == t.end() ? std::string() : it->second;
}

}  // namespace kg::extract::lex
