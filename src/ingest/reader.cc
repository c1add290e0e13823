// Placeholder reader: whole files as text or HTML. Replaced by the streaming reader.
#include <filesystem>

#include "base/stream.h"
#include "base/utf8.h"
#include "ingest/ingest.h"

namespace casus::ingest {

Reader::Reader(Options options, WarningSink warn) : options_(options), warn_(std::move(warn)) {}

void Reader::Read(const std::vector<std::string>& inputs, const DocumentSink& sink) {
  for (const std::string& input : inputs) ReadFile(input, sink);
}

void Reader::Emit(RawDocument&& doc, const DocumentSink& sink) {
  ++stats_.records;
  if (doc.error) ++stats_.skipped;
  sink(std::move(doc));
}

void Reader::ReadFile(const std::string& path, const DocumentSink& sink) {
  ++stats_.files;
  RawDocument doc;
  doc.id = doc.path = path;
  auto source = OpenInput(path);
  if (!source.ok()) {
    doc.error = source.error();
    Emit(std::move(doc), sink);
    return;
  }
  BufferedReader in(std::move(source.value()));
  in.ReadExact(options_.max_record_bytes, doc.content);
  Format f = options_.format == Format::kAuto ? DetectFormat(path, doc.content.substr(0, 512)) : options_.format;
  doc.format = f;
  doc.kind = f == Format::kHtml ? ContentKind::kHtml : ContentKind::kText;
  doc.content = utf8::Repair(doc.content);
  Emit(std::move(doc), sink);
}

}  // namespace casus::ingest
