#include "loaders/loader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "loaders/document_builder.h"
#include "loaders/html_reader.h"
#include "loaders/json_reader.h"
#include "loaders/text_decode.h"
#include "loaders/txt_reader.h"
#include "util/text.h"

namespace kg::loaders {
namespace {

namespace fs = std::filesystem;

constexpr size_t kSniffBytes = 65536;

void Add(std::vector<Diagnostic>* diags, Diagnostic::Severity sev, std::string where, std::string msg) {
  if (diags) diags->push_back({sev, std::move(where), std::move(msg)});
}
void Error(std::vector<Diagnostic>* d, std::string where, std::string msg) {
  Add(d, Diagnostic::Severity::kError, std::move(where), std::move(msg));
}
void Warn(std::vector<Diagnostic>* d, std::string where, std::string msg) {
  Add(d, Diagnostic::Severity::kWarning, std::move(where), std::move(msg));
}

std::string Megabytes(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

std::string_view StripBom(std::string_view s) {
  return s.substr(0, 3) == "\xef\xbb\xbf" ? s.substr(3) : s;
}

// Emits one article as a document, or an error when it has no text.
bool Emit(RawArticle article, std::string source, const std::string& where, const DocumentSink& sink,
          std::vector<Diagnostic>* diags) {
  Result<graph::DocumentRecord> doc = BuildDocument(std::move(article), std::move(source));
  if (!doc.ok()) {
    Error(diags, where, doc.status().message());
    return false;
  }
  sink(std::move(doc).value());
  return true;
}

// The source of one record of a multi-record file.
std::string RecordSource(const RawArticle& a, const std::string& source, size_t number) {
  if (!a.url.empty()) return a.url;
  return source + "#" + std::to_string(number);
}

// One JSON Lines record; `line` is 1-based.
bool LoadJsonLine(std::string_view raw, size_t line, const std::string& source, const std::string& path,
                  const LoadOptions& options, const DocumentSink& sink, std::vector<Diagnostic>* diags) {
  const std::string where = path + ":" + std::to_string(line);
  while (!raw.empty() && (raw.back() == '\r' || raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
  if (raw.find_first_not_of(" \t") == std::string_view::npos) return false;
  if (raw.size() > options.max_document_bytes) {
    Error(diags, where, "record is " + Megabytes(raw.size()) + ", over the per-document limit");
    return false;
  }
  std::string fixed;
  if (!text::IsValidUtf8(raw)) {
    if (!options.repair_utf8) {
      Error(diags, where, "invalid UTF-8; record skipped");
      return false;
    }
    size_t n = 0;
    fixed = text::RepairUtf8(raw, &n);
    Warn(diags, where, "invalid UTF-8: " + std::to_string(n) + " byte(s) replaced with U+FFFD");
    raw = fixed;
  }
  std::vector<std::string> warnings;
  Result<RawArticle> a = ReadJsonArticle(raw, &warnings);
  for (auto& w : warnings) Warn(diags, where, w);
  if (!a.ok()) {
    Error(diags, where, a.status().message());
    return false;
  }
  std::string src = RecordSource(a.value(), source, line);
  return Emit(std::move(a).value(), std::move(src), where, sink, diags);
}

// Streams JSON Lines from `in`, after `head` (bytes already read from it).
size_t LoadJsonLinesStream(std::string head, std::istream* in, const std::string& source,
                           const std::string& path, const LoadOptions& options, const DocumentSink& sink,
                           std::vector<Diagnostic>* diags) {
  size_t count = 0, line = 0;
  std::string pending = std::move(head);
  if (pending.substr(0, 3) == "\xef\xbb\xbf") pending.erase(0, 3);
  size_t pos = 0;
  bool eof = in == nullptr;
  std::string buf(1 << 16, '\0');
  while (true) {
    size_t nl = pending.find('\n', pos);
    if (nl == std::string::npos) {
      if (eof) break;
      pending.erase(0, pos);
      pos = 0;
      in->read(buf.data(), static_cast<std::streamsize>(buf.size()));
      std::streamsize got = in->gcount();
      if (got <= 0) {
        eof = true;
        continue;
      }
      pending.append(buf.data(), static_cast<size_t>(got));
      continue;
    }
    ++line;
    count += LoadJsonLine(std::string_view(pending).substr(pos, nl - pos), line, source, path, options, sink, diags);
    pos = nl + 1;
  }
  if (pos < pending.size()) {
    ++line;
    count += LoadJsonLine(std::string_view(pending).substr(pos), line, source, path, options, sink, diags);
  }
  return count;
}

size_t LoadJson(std::string_view text, const std::string& source, const std::string& path,
                const DocumentSink& sink, std::vector<Diagnostic>* diags) {
  size_t count = 0, records = 0;
  const size_t first = text.find_first_not_of(" \t\r\n");
  const bool array = first != std::string_view::npos && text[first] == '[';
  Status s = ForEachJsonElement(text, [&](std::string_view element, size_t line) {
    ++records;
    const std::string where = path + ":" + std::to_string(line);
    std::vector<std::string> warnings;
    Result<RawArticle> a = ReadJsonArticle(element, &warnings);
    for (auto& w : warnings) Warn(diags, where, w);
    if (!a.ok()) {
      Error(diags, where, a.status().message());
      return;
    }
    std::string src = array ? RecordSource(a.value(), source, records) : source;
    count += Emit(std::move(a).value(), std::move(src), where, sink, diags);
  });
  if (!s.ok()) Error(diags, path, s.message());
  return count;
}

// Loads decoded text in the given format.
size_t LoadDecoded(const std::string& text, Format format, const std::string& source, const std::string& path,
                   const LoadOptions& options, const DocumentSink& sink, std::vector<Diagnostic>* diags) {
  switch (format) {
    case Format::kJsonLines:
      return LoadJsonLinesStream(text, nullptr, source, path, options, sink, diags);
    case Format::kJson: {
      // Content that merely starts with '{' in a .txt file: read as text if it is not JSON.
      Format by_ext = FormatFromExtension(path);
      if (by_ext == Format::kText || by_ext == Format::kMarkdown) {
        std::vector<Diagnostic> trial;
        size_t n = LoadJson(text, source, path, sink, &trial);
        if (n > 0) {
          if (diags) diags->insert(diags->end(), trial.begin(), trial.end());
          return n;
        }
        return Emit(ReadText(text), source, path, sink, diags);
      }
      return LoadJson(text, source, path, sink, diags);
    }
    case Format::kHtml:
      return Emit(ReadHtml(text), source, path, sink, diags);
    default:
      return Emit(ReadText(text), source, path, sink, diags);
  }
}

size_t LoadWhole(std::string_view bytes, const std::string& source, const std::string& path,
                 const LoadOptions& options, const DocumentSink& sink, std::vector<Diagnostic>* diags) {
  std::vector<std::string> warnings;
  Result<std::string> text = DecodeText(bytes, options.repair_utf8, &warnings);
  for (auto& w : warnings) Warn(diags, path, w);
  if (!text.ok()) {
    Error(diags, path, text.status().message() + "; skipped");
    return 0;
  }
  Format f = DetectFormat(path, std::string_view(text.value()).substr(0, kSniffBytes));
  return LoadDecoded(text.value(), f, source, path, options, sink, diags);
}

bool IsHidden(const fs::path& rel) {
  for (const auto& part : rel) {
    std::string s = part.string();
    if (s.size() > 1 && s[0] == '.' && s != "..") return true;
  }
  return false;
}

}  // namespace

std::string Diagnostic::ToString() const { return where.empty() ? message : where + ": " + message; }

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args, std::vector<Diagnostic>* diags) {
  std::vector<InputFile> out;
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back({"-", "-"});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      Error(diags, arg, ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "no such file or directory");
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
      if (ec) {
        Error(diags, arg, ec.message());
        continue;
      }
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
          Error(diags, arg, ec.message());
          break;
        }
        std::error_code ec2;
        if (!it->is_regular_file(ec2)) continue;
        fs::path rel = it->path().lexically_relative(arg);
        if (IsHidden(rel)) continue;
        bool has_ext = rel.filename().string().find('.') != std::string::npos;
        if (has_ext && FormatFromExtension(rel.string()) == Format::kUnknown) continue;
        found.push_back({it->path().string(), rel.generic_string()});
      }
      std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.source < b.source; });
      out.insert(out.end(), found.begin(), found.end());
      continue;
    }
    out.push_back({arg, fs::path(arg).filename().string()});
  }
  return out;
}

size_t LoadBytes(std::string_view bytes, const std::string& source, const LoadOptions& options,
                 const DocumentSink& sink, std::vector<Diagnostic>* diags) {
  return LoadWhole(bytes, source, source, options, sink, diags);
}

size_t LoadInput(const InputFile& input, const LoadOptions& options, const DocumentSink& sink,
                 std::vector<Diagnostic>* diags) {
  const bool is_stdin = input.path == "-";
  const std::string path = is_stdin ? std::string("<stdin>") : input.path;
  std::unique_ptr<std::ifstream> file;
  std::istream* in = &std::cin;
  uint64_t size = 0;
  if (!is_stdin) {
    struct stat st;
    if (::stat(input.path.c_str(), &st) != 0) {
      Error(diags, path, std::strerror(errno));
      return 0;
    }
    if (S_ISDIR(st.st_mode)) {
      Error(diags, path, "is a directory");
      return 0;
    }
    size = static_cast<uint64_t>(st.st_size);
    file = std::make_unique<std::ifstream>(input.path, std::ios::binary);
    if (!*file) {
      Error(diags, path, std::string("cannot open: ") + std::strerror(errno));
      return 0;
    }
    in = file.get();
  }
  // Read the head to decide the format; JSON Lines are streamed from there on.
  std::string head(kSniffBytes, '\0');
  in->read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in->gcount()));
  if (in->bad()) {
    Error(diags, path, "read error");
    return 0;
  }
  std::string_view sniff = StripBom(head);
  Format f = DetectFormat(is_stdin ? "" : input.path, sniff);
  if (f == Format::kJsonLines && BinaryReason(sniff).empty()) {
    return LoadJsonLinesStream(std::move(head), in, input.source, path, options, sink, diags);
  }
  if (!is_stdin && size > options.max_document_bytes) {
    Error(diags, path, "file is " + Megabytes(size) + ", over the " + Megabytes(options.max_document_bytes) +
                           " limit for one document (JSON Lines files may be any size); skipped");
    return 0;
  }
  std::string bytes = std::move(head);
  std::string buf(1 << 16, '\0');
  while (*in) {
    in->read(buf.data(), static_cast<std::streamsize>(buf.size()));
    bytes.append(buf.data(), static_cast<size_t>(in->gcount()));
    if (bytes.size() > options.max_document_bytes) {
      Error(diags, path, "input is over the " + Megabytes(options.max_document_bytes) + " limit for one document; skipped");
      return 0;
    }
  }
  if (in->bad()) {
    Error(diags, path, "read error");
    return 0;
  }
  return LoadWhole(bytes, input.source, path, options, sink, diags);
}

Result<std::vector<graph::DocumentRecord>> LoadPath(const std::string& path, const LoadOptions& options) {
  std::vector<Diagnostic> diags;
  std::vector<graph::DocumentRecord> docs;
  for (const InputFile& in : ExpandInputs({path}, &diags)) {
    LoadInput(in, options, [&](graph::DocumentRecord&& d) { docs.push_back(std::move(d)); }, &diags);
  }
  for (const Diagnostic& d : diags) {
    if (d.is_error()) return Status::InvalidArgument(d.ToString());
  }
  return docs;
}

}  // namespace kg::loaders
