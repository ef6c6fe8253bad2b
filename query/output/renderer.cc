#include "query/output/renderer.h"

#include <string>

#include "query/output/csv_renderer.h"
#include "query/output/json_renderer.h"
#include "query/output/table_renderer.h"

namespace kg::query {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  std::string n;
  for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "table") return OutputFormat::kTable;
  if (n == "json") return OutputFormat::kJson;
  if (n == "csv") return OutputFormat::kCsv;
  if (n == "tsv") return OutputFormat::kTsv;
  return std::nullopt;
}

std::unique_ptr<ResultSink> MakeRenderer(OutputFormat format, std::ostream& out, const RenderOptions& options) {
  switch (format) {
    case OutputFormat::kTable: return std::make_unique<TableRenderer>(out, options);
    case OutputFormat::kJson: return std::make_unique<JsonRenderer>(out);
    case OutputFormat::kCsv: return std::make_unique<CsvRenderer>(out, ',', options.show_ids);
    case OutputFormat::kTsv: return std::make_unique<CsvRenderer>(out, '\t', options.show_ids);
  }
  return nullptr;
}

}  // namespace kg::query
