// casus extract: inputs -> one JSON line per document with clean article text.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "ingest/ingest.h"
#include "progress.h"
#include "text/text.h"

namespace casus::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string out = "-";
  bool bench_json = false;
  bool pretty = false;
};

// Human-readable form of one document, for reading results by eye.
void WritePretty(std::ostream& out, const ingest::RawDocument& doc, const Result<text::Article>& article) {
  out << "=== " << doc.id << "  [" << (article.ok() ? "ok" : "skipped: " + article.error().ToString()) << "]\n";
  if (!article.ok()) return;
  const text::Article& a = article.value();
  out << "title:  " << a.title << "\n"
      << "date:   " << a.date << "\n"
      << "outlet: " << a.outlet << "\n";
  if (!doc.url.empty()) out << "url:    " << doc.url << "\n";
  for (const text::Span& p : a.paragraphs) out << "\n" << std::string_view(a.text).substr(p.begin, p.end - p.begin) << "\n";
  out << "\n";
}

nlohmann::json DocumentJson(const ingest::RawDocument& doc, const Result<text::Article>& article) {
  nlohmann::json j;
  j["id"] = doc.id;
  j["url"] = doc.url;
  if (article.ok()) {
    const text::Article& a = article.value();
    j["title"] = a.title;
    j["date"] = a.date;
    j["outlet"] = a.outlet;
    j["text"] = a.text;
    auto& paragraphs = j["paragraphs"] = nlohmann::json::array();
    for (const text::Span& p : a.paragraphs) paragraphs.push_back(a.text.substr(p.begin, p.end - p.begin));
    j["status"] = "ok";
  } else {
    j["title"] = doc.title;
    j["date"] = doc.date;
    j["outlet"] = doc.outlet;
    j["text"] = "";
    j["paragraphs"] = nlohmann::json::array();
    j["status"] = "skipped: " + article.error().ToString();
  }
  return j;
}

int RunExtract(const ExtractArgs& args) {
  ingest::Options options;
  options.format = *ingest::ParseFormat(args.format);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.out != "-") {
    file.open(args.out, std::ios::binary);
    if (!file) {
      std::cerr << "casus extract: cannot write " << args.out << "\n";
      return 2;
    }
    out = &file;
  }

  ingest::Reader reader(options, [](const std::string& w) { std::cerr << "casus: warning: " << w << "\n"; });
  Progress progress("extract");
  std::uint64_t ok = 0, skipped = 0;
  bool first = true;
  if (args.bench_json) *out << "{";
  reader.Read(args.inputs, [&](ingest::RawDocument&& doc) {
    Result<text::Article> article =
        doc.error ? Result<text::Article>(*doc.error) : text::ExtractArticle(doc);
    if (article.ok()) {
      ++ok;
    } else {
      ++skipped;
      if (!doc.error) std::cerr << "casus: warning: " << doc.id << ": skipped: " << article.error().ToString() << "\n";
    }
    if (args.pretty) {
      WritePretty(*out, doc, article);
    } else if (args.bench_json) {
      *out << (first ? "\n" : ",\n") << nlohmann::json(doc.id).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
           << ": {\"articleBody\": "
           << nlohmann::json(article.ok() ? article.value().text : std::string())
                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
           << "}";
    } else {
      *out << DocumentJson(doc, article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    first = false;
    progress.Update(ok + skipped, skipped);
  });
  if (args.bench_json) *out << "\n}\n";
  out->flush();
  progress.Finish();
  std::cerr << "casus extract: " << ok + skipped << " documents: " << ok << " ok, " << skipped << " skipped\n";
  // Non-zero only when nothing at all could be read.
  return ok == 0 ? 1 : 0;
}

}  // namespace

void RegisterExtract(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract clean article text and metadata from news pages");
  cmd->add_option("inputs", args->inputs, "Files, directories (recursive) or - for stdin; .gz is read transparently")
      ->required();
  cmd->add_option("--format", args->format, "Input format")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}))
      ->capture_default_str();
  cmd->add_option("-o,--out", args->out, "Output file (- for stdout)")->capture_default_str();
  cmd->add_flag("--bench-json", args->bench_json,
                "Write one JSON object mapping id -> {\"articleBody\": text} (article-extraction benchmark format)");
  cmd->add_flag("--pretty", args->pretty, "Write readable text (title, date, outlet, paragraphs) instead of JSON")
      ->excludes("--bench-json");
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace casus::cli
