#include "extract/quotes.h"

#include <string_view>

namespace kg::extract {
namespace {

enum class Mark { kNone, kOpen, kClose, kEither };

// Double quotation marks only: single ones double as apostrophes.
Mark MarkOf(std::string_view w) {
  if (w == "\xE2\x80\x9C" || w == "``" || w == "\xE2\x80\x9E") return Mark::kOpen;  // “ `` „
  if (w == "\xE2\x80\x9D" || w == "''") return Mark::kClose;                         // ” ''
  if (w == "\"") return Mark::kEither;
  return Mark::kNone;
}

}  // namespace

std::vector<int> ParagraphsOf(const Context& ctx) {
  std::vector<int> out(ctx.size(), 0);
  const std::string& text = ctx.doc().text;
  int paragraph = 0;
  for (uint32_t i = 1; i < ctx.size(); ++i) {
    const uint32_t from = ctx.tok(i - 1).end, to = ctx.tok(i).start;
    if (from < to && to <= text.size() && std::string_view(text).substr(from, to - from).find('\n') != std::string_view::npos) {
      ++paragraph;
    }
    out[i] = paragraph;
  }
  return out;
}

std::vector<Quotation> FindQuotations(const Context& ctx, uint32_t min_words) {
  std::vector<Quotation> out;
  const std::vector<int> paragraph = ParagraphsOf(ctx);
  auto close = [&](uint32_t first, uint32_t last, bool closed) {
    while (!closed && last > first && ctx.tok(last - 1).upos == "PUNCT" && last - first > min_words) {
      --last;  // an unclosed quotation's trailing full stop
    }
    if (last >= first + min_words) out.push_back({first, last, paragraph[first]});
  };
  int open = -1;  // first quoted token of the open quotation
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    if (open >= 0 && paragraph[i] != paragraph[static_cast<uint32_t>(open)] && static_cast<uint32_t>(open) < i) {
      close(static_cast<uint32_t>(open), i, false);  // a paragraph break ends it
      open = -1;
    }
    const Mark m = MarkOf(ctx.tok(i).form);
    if (m == Mark::kNone) continue;
    if (open < 0 && (m == Mark::kOpen || m == Mark::kEither)) {
      open = static_cast<int>(i) + 1;
    } else if (open >= 0 && (m == Mark::kClose || m == Mark::kEither)) {
      close(static_cast<uint32_t>(open), i, true);
      open = -1;
    } else if (open >= 0 && m == Mark::kOpen) {
      close(static_cast<uint32_t>(open), i, false);  // an opening mark while open: the earlier one never closed
      open = static_cast<int>(i) + 1;
    }
  }
  if (open >= 0) close(static_cast<uint32_t>(open), ctx.size(), false);
  return out;
}

}  // namespace kg::extract
