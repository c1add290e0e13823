// JSON Lines as crawlers write them (news-please: maintext, date_publish,
// source_domain; others: text, body, articleBody, html), one object per line.
// Also a whole-file JSON array of such objects, or one pretty-printed object, or an
// object mapping ids to objects (the article-extraction benchmark's format).
#include <cctype>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "ingest/formats_internal.h"

namespace casus::ingest::internal {
namespace {

using nlohmann::json;

// A metadata field: the first of `names` holding a string (or a number, as written).
std::string Field(const json& obj, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto it = obj.find(name);
    if (it == obj.end()) continue;
    if (it->is_string()) {
      const std::string& s = it->get_ref<const std::string&>();
      if (!s.empty()) return s;
    } else if (it->is_number()) {
      return it->dump();
    }
  }
  return "";
}

// The article text: a string, or a list of sentences or paragraphs (joined as
// paragraphs, so that no sentence runs into the next).
bool TextField(const json& value, std::string& out) {
  if (value.is_string()) {
    out = value.get<std::string>();
    return true;
  }
  if (!value.is_array() || value.empty()) return false;
  for (const json& part : value) {
    if (!part.is_string()) return false;
  }
  for (const json& part : value) {
    if (!out.empty()) out += "\n\n";
    out += part.get_ref<const std::string&>();
  }
  return true;
}

bool HasText(const json& obj) {
  for (const char* name : {"text", "maintext", "body", "articleBody", "html"}) {
    if (obj.contains(name)) return true;
  }
  return false;
}

// Turns one JSON value into a document and emits it (skipped when unusable).
// `where` ("line 7", "element 3") locates it in messages.
void EmitValue(const json& value, RawDocument doc, InputContext& ctx, const std::string& where) {
  if (!value.is_object()) {
    ctx.EmitSkipped(std::move(doc), {ErrorCode::kBadJson, where + ": not a JSON object"});
    return;
  }
  if (std::string id = Field(value, {"id"}); !id.empty()) doc.id = std::move(id);
  doc.url = Field(value, {"url"});
  doc.title = Field(value, {"title"});
  doc.date = Field(value, {"date", "published", "date_publish", "date_published", "datePublished"});
  doc.outlet = Field(value, {"source", "outlet", "source_domain"});
  std::string content;
  bool found = false;
  // Text already extracted beats HTML still to be extracted.
  for (const char* name : {"text", "maintext", "body", "articleBody"}) {
    const auto it = value.find(name);
    if (it != value.end() && TextField(*it, content) && !content.empty()) {
      found = true;
      doc.kind = ContentKind::kText;
      break;
    }
  }
  if (!found) {
    const auto it = value.find("html");
    if (it != value.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
      content = it->get<std::string>();
      found = true;
      doc.kind = ContentKind::kHtml;
    }
  }
  if (!found) {
    ctx.EmitSkipped(std::move(doc), {ErrorCode::kEmpty, where + ": no text (text, maintext, body, "
                                                               "articleBody or html field)"});
    return;
  }
  // nlohmann validates UTF-8 while parsing; this is a cheap guarantee, not a repair path.
  if (utf8::FindInvalid(content) != std::string::npos) content = utf8::Repair(content);
  doc.content = std::move(content);
  ctx.Emit(std::move(doc));
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// True when the input is one JSON document spread over lines rather than JSON
// Lines: it opens with "[" or with a line holding "{" alone (pretty-printed).
bool IsWholeDocument(std::string_view head) {
  head = SkipBomAndSpace(head);
  if (head.empty()) return false;
  if (head.front() == '[') return true;
  if (head.front() != '{') return false;
  head.remove_prefix(1);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r')) head.remove_prefix(1);
  return !head.empty() && head.front() == '\n';
}

void ReadWholeJson(BufferedReader& in, InputContext& ctx) {
  const std::size_t limit = ctx.options().max_record_bytes;
  std::string bytes;
  in.ReadExact(limit, bytes);
  if (bytes.size() == limit && !in.Peek(1).empty()) {
    ctx.EmitSkipped(ctx.NewDocument(0), {ErrorCode::kTooLarge, "JSON document larger than the limit of " +
                                                                   std::to_string(limit) + " bytes"});
    return;
  }
  const json doc = json::parse(SkipBomAndSpace(bytes), nullptr, false);
  bytes = std::string();
  if (doc.is_discarded()) {
    if (in.error()) {
      ctx.MarkStreamErrorReported();
      Error error = *in.error();
      error.message = "JSON document cut short at offset " + std::to_string(in.offset()) + ": " + error.message;
      ctx.EmitSkipped(ctx.NewDocument(0), std::move(error));
    } else {
      ctx.EmitSkipped(ctx.NewDocument(0), {ErrorCode::kBadJson, "invalid JSON document"});
    }
    return;
  }
  if (doc.is_array()) {
    std::size_t index = 0;
    for (const json& element : doc) EmitValue(element, ctx.NewDocument(0), ctx, "element " + std::to_string(index++));
    if (doc.empty()) ctx.EmitSkipped(ctx.NewDocument(0), {ErrorCode::kEmpty, "empty JSON array"});
    return;
  }
  if (doc.is_object() && !HasText(doc) && !doc.empty()) {
    bool all_objects = true;
    for (const auto& [key, value] : doc.items()) all_objects = all_objects && value.is_object();
    if (all_objects) {
      // {"id": {"articleBody": ..., "url": ...}, ...}: the key is the id.
      for (const auto& [key, value] : doc.items()) {
        RawDocument d = ctx.NewDocument(0);
        d.id = key;
        EmitValue(value, std::move(d), ctx, "entry \"" + key + "\"");
      }
      return;
    }
  }
  EmitValue(doc, ctx.NewDocument(0), ctx, "document");
}

}  // namespace

void ReadJsonl(BufferedReader& in, InputContext& ctx) {
  if (IsWholeDocument(in.Peek(4096))) {
    ReadWholeJson(in, ctx);
    return;
  }
  std::string line;
  std::uint64_t line_number = 0;
  for (;;) {
    const std::uint64_t start = in.offset();
    const auto status = in.ReadLine(line, ctx.options().max_record_bytes);
    if (status == BufferedReader::LineStatus::kEnd) break;
    ++line_number;
    const std::string where = "line " + std::to_string(line_number);
    if (status == BufferedReader::LineStatus::kTooLong) {
      ctx.EmitSkipped(ctx.NewDocument(start), {ErrorCode::kTooLarge, where + ": longer than the limit of " +
                                                                         std::to_string(ctx.options().max_record_bytes) +
                                                                         " bytes"});
      continue;
    }
    const std::string_view text = SkipBomAndSpace(line);
    if (text.empty()) continue;  // blank lines separate nothing and hold nothing
    const json value = json::parse(text, nullptr, false);
    if (value.is_discarded()) {
      // The last line of a stream that broke off is cut short, not malformed.
      if (in.error() && in.Peek(1).empty()) {
        ctx.MarkStreamErrorReported();
        Error error = *in.error();
        error.message = where + ": cut short at offset " + std::to_string(in.offset()) + ": " + error.message;
        ctx.EmitSkipped(ctx.NewDocument(start), std::move(error));
      } else {
        ctx.EmitSkipped(ctx.NewDocument(start), {ErrorCode::kBadJson, where + ": invalid JSON"});
      }
      continue;
    }
    EmitValue(value, ctx.NewDocument(start), ctx, where);
  }
}

}  // namespace casus::ingest::internal
