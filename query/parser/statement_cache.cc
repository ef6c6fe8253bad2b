#include "query/parser/statement_cache.h"

#include "query/ast/clone.h"
#include "query/parser/parser.h"
#include "query/parser/string_literals.h"
#include "util/text.h"

namespace kg::query::parser {
namespace {

bool SamePos(const ast::SourcePos& a, const ast::SourcePos& b) { return a.line == b.line && a.column == b.column; }

}  // namespace

ast::Statement StatementCache::Parse(std::string_view text, int first_line, int first_column, bool* from_cache) {
  *from_cache = false;
  std::string shape;
  std::vector<StringLiteral> literals;
  // Ill-formed UTF-8 (even inside a string) gets ParseStatement's error.
  if (!text::IsValidUtf8(text) || !ScanStringLiterals(text, first_line, first_column, &shape, &literals)) {
    return ParseStatement(text, first_line, first_column);
  }
  // Positions are script positions, so the start is part of the shape.
  std::string key = std::to_string(first_line) + ":" + std::to_string(first_column) + ":" + shape;
  std::shared_ptr<const Entry> hit;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = entries_.find(key);
    if (it != entries_.end()) hit = it->second;
  }
  if (hit && hit->literal_pos.size() == literals.size()) {
    ast::Statement st = ast::Clone(hit->statement);
    // Strings never span lines: a position moves by the width changes of the
    // strings before it on its line.
    ast::ForEachPos(st, [&](ast::SourcePos& pos) {
      int shift = 0;
      for (size_t j = 0; j < literals.size(); ++j) {
        const ast::SourcePos& old = hit->literal_pos[j];
        if (old.line == pos.line && old.column < pos.column) shift += literals[j].width - hit->literal_width[j];
      }
      pos.column += shift;
    });
    std::vector<ast::Term*> terms = ast::Terms(st);
    for (auto [term, literal] : hit->slots) {
      terms[term]->text = UnquoteString(literals[literal].token);
      terms[term]->pos = literals[literal].pos;
    }
    *from_cache = true;
    return st;
  }

  ast::Statement st = ParseStatement(text, first_line, first_column);
  // Trust the shape only if every string term is one scanned literal, at the
  // same place with the same value, and every literal is used exactly once.
  auto entry = std::make_shared<Entry>();
  for (const auto& l : literals) {
    entry->literal_pos.push_back(l.pos);
    entry->literal_width.push_back(l.width);
  }
  std::vector<bool> used(literals.size(), false);
  std::vector<ast::Term*> terms = ast::Terms(st);
  for (size_t k = 0; k < terms.size(); ++k) {
    if (terms[k]->kind != ast::Term::Kind::kString) continue;
    size_t j = 0;
    while (j < literals.size() && !SamePos(literals[j].pos, terms[k]->pos)) ++j;
    if (j == literals.size() || used[j] || UnquoteString(literals[j].token) != terms[k]->text) return st;
    used[j] = true;
    entry->slots.emplace_back(k, j);
  }
  for (bool u : used) {
    if (!u) return st;
  }
  entry->statement = ast::Clone(st);
  std::lock_guard<std::mutex> lock(mu_);
  if (entries_.size() >= capacity_) entries_.clear();  // simple bound; shapes repeat, so it refills fast
  entries_[key] = std::move(entry);
  return st;
}

}  // namespace kg::query::parser
