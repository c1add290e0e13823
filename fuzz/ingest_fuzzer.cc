// libFuzzer target for the ingest stage: the input bytes are read as every format
// (auto-detected, text, HTML, JSON Lines, WARC, and gzip-wrapped) through the same
// memory-based path the Reader uses for files, and fed to the HTTP and charset
// decoders directly. Any crash, sanitizer report, or a record handed on without
// being counted is a bug. Build and run: see fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/stream.h"
#include "base/utf8.h"
#include "ingest/formats_internal.h"
#include "ingest/ingest.h"

namespace {

using namespace casus;
using namespace casus::ingest;

void Check(bool ok) {
  if (!ok) std::abort();
}

void ReadAs(const std::string& data, Format format, const char* name) {
  Options options;
  options.format = format;
  options.max_record_bytes = 8192;  // small, so that fuzz inputs reach the too-large paths
  Reader reader(options, [](const std::string&) {});
  std::uint64_t seen = 0;
  reader.ReadStream(MemoryInput(data), name, [&](RawDocument&& doc) {
    ++seen;
    // Documents handed on are valid UTF-8; skipped ones carry no content.
    Check(utf8::FindInvalid(doc.content) == std::string_view::npos);
    Check(!doc.error || doc.content.empty());
  });
  Check(seen == reader.stats().records);
  Check(reader.stats().skipped <= reader.stats().records);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string data(reinterpret_cast<const char*>(bytes), size);
  ReadAs(data, Format::kAuto, "fuzz");
  ReadAs(data, Format::kText, "fuzz.txt");
  ReadAs(data, Format::kHtml, "fuzz.html");
  ReadAs(data, Format::kJsonl, "fuzz.jsonl");
  ReadAs(data, Format::kWarc, "fuzz.warc");

  auto head = internal::ParseHttpHead(data);
  if (head.ok()) {
    for (const char* coding : {"", "gzip", "deflate"}) {
      internal::HttpHead h = head.value();
      h.content_encoding = coding;
      h.transfer_encoding = "chunked";
      auto body = internal::DecodeHttpBody(h, std::string_view(data).substr(h.body_offset), 1 << 20);
      if (body.ok()) Check(body.value().size() <= (1u << 20));
    }
  }
  for (const char* charset : {"", "windows-1252", "shift_jis", "gbk", "iso-2022-jp", "utf-16le", "bogus"}) {
    const internal::Utf8Text text = internal::ToUtf8(data, charset, /*html=*/true);
    Check(utf8::FindInvalid(text.text) == std::string_view::npos);
  }
  return 0;
}
