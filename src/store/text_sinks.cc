// Event files: JSON Lines (our schema, docs/events.md) and TSV (GDELT-2.0-style
// columns). They hold events only; documents and their statuses live in SQLite
// and in the run's summary.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "store/sinks_internal.h"

namespace casus::store {
namespace {

nlohmann::json ActorJson(const code::Actor& a) {
  return {{"text", a.text}, {"code", a.code}, {"country", a.country}, {"sector", a.sector}};
}

// TSV fields must not contain tabs or newlines.
std::string Field(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// GDELT 2.0 event columns, in GDELT's order, for the fields casus has; the rest
// of GDELT's 61 columns (tone, article counts, actor geography) are not produced.
// casus's own columns follow; new ones go at the end, so that readers that pick
// columns by position keep working (format version 2 added Issues).
constexpr const char* kTsvHeader =
    "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor1Type1Code\t"
    "Actor2Code\tActor2Name\tActor2CountryCode\tActor2Type1Code\tIsRootEvent\tEventCode\t"
    "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tActionGeo_FullName\t"
    "ActionGeo_CountryCode\tActionGeo_Lat\tActionGeo_Long\tSOURCEURL\t"
    "PLOVER\tMode\tNegated\tReportedBy\tSentence\tEvidence\tIssues\n";

class TextSink final : public EventSink {
 public:
  TextSink(std::string path, internal::TextFormat format) : path_(std::move(path)), format_(format) {}

  Status Open() {
    if (path_ == "-") {
      out_ = &std::cout;
    } else {
      file_.open(path_, std::ios::binary | std::ios::trunc);
      if (!file_) return Error{ErrorCode::kStore, path_ + ": cannot write: " + std::strerror(errno)};
      out_ = &file_;
    }
    if (format_ == internal::TextFormat::kTsv) *out_ << kTsvHeader;
    return {};
  }

  bool Contains(const std::string&) override { return false; }

  Result<WriteOutcome> Write(const DocumentRecord& d) override {
    bool first_of_sentence = true;
    std::uint32_t last_sentence = UINT32_MAX;
    for (const code::Event& e : d.events) {
      first_of_sentence = e.sentence != last_sentence;
      last_sentence = e.sentence;
      if (format_ == internal::TextFormat::kJsonl) {
        *out_ << EventJson(e) << '\n';
      } else {
        WriteTsv(d, e, first_of_sentence);
      }
    }
    if (!*out_) return Error{ErrorCode::kStore, path_ + ": write failed: " + std::strerror(errno)};
    return WriteOutcome::kWritten;
  }

  Status Flush() override {
    out_->flush();
    if (!*out_) return Error{ErrorCode::kStore, path_ + ": write failed: " + std::strerror(errno)};
    return {};
  }
  Status Close() override {
    Status s = Flush();
    if (file_.is_open()) file_.close();
    return s;
  }

 private:
  void WriteTsv(const DocumentRecord& d, const code::Event& e, bool root) {
    std::string date = e.date.size() >= 10 ? e.date.substr(0, 4) + e.date.substr(5, 2) + e.date.substr(8, 2) : "";
    const std::string base = e.cameo.substr(0, std::min<std::size_t>(3, e.cameo.size()));
    const std::string rootcode = e.cameo.substr(0, std::min<std::size_t>(2, e.cameo.size()));
    std::ostream& o = *out_;
    o << ++event_id_ << '\t' << date << '\t' << Field(e.source.code) << '\t' << Field(e.source.text) << '\t'
      << e.source.country << '\t' << e.source.sector << '\t' << Field(e.target.code) << '\t'
      << Field(e.target.text) << '\t' << e.target.country << '\t' << e.target.sector << '\t' << (root ? 1 : 0)
      << '\t' << e.cameo << '\t' << base << '\t' << rootcode << '\t' << e.quad_class << '\t' << e.goldstein << '\t';
    if (e.location) {
      o << Field(e.location->name) << '\t' << e.location->country << '\t' << e.location->lat << '\t'
        << e.location->lon;
    } else {
      o << "\t\t\t";
    }
    o << '\t' << Field(d.url.empty() ? d.id : d.url) << '\t' << e.plover << '\t' << e.mode << '\t'
      << (e.negated ? 1 : 0) << '\t' << Field(e.reported_by) << '\t' << Field(e.text) << '\t'
      << Field(e.evidence) << '\t' << Field(internal::IssuesText(e.issues)) << '\n';
  }

  std::string path_;
  internal::TextFormat format_;
  std::ofstream file_;
  std::ostream* out_ = nullptr;
  std::uint64_t event_id_ = 0;
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string EventJson(const code::Event& e) {
  nlohmann::json j = {
      {"doc_id", e.doc_id},     {"sentence", e.sentence},       {"text", e.text},
      {"date", e.date},         {"source", ActorJson(e.source)}, {"target", ActorJson(e.target)},
      {"cameo", e.cameo},       {"plover", e.plover},           {"mode", e.mode},
      {"quad_class", e.quad_class}, {"goldstein", e.goldstein}, {"negated", e.negated},
      {"reported_by", e.reported_by}, {"location", nullptr},    {"evidence", e.evidence},
  };
  if (e.location) {
    j["location"] = {{"name", e.location->name}, {"country", e.location->country},
                     {"lat", e.location->lat}, {"lon", e.location->lon}};
  }
  nlohmann::json issues = nlohmann::json::array();  // present, as [], when there are none
  for (const code::IssueCount& i : e.issues) issues.push_back({{"code", i.code}, {"count", i.count}});
  j["issues"] = std::move(issues);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ContentHash(std::string_view id, std::string_view url, std::string_view content) {
  // FNV-1a, 64 bits, over the three parts with separators; stable across runs
  // and machines (unlike std::hash), which is what deduplication needs.
  std::uint64_t h = 0xcbf29ce484222325ull;
  const auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 0x100000001b3ull;
    }
    h ^= 0xff;
    h *= 0x100000001b3ull;
  };
  mix(id);
  mix(url);
  mix(content);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Result<std::unique_ptr<EventSink>> OpenSink(const std::string& out) {
  if (out == "-" || EndsWith(out, ".jsonl")) return internal::OpenTextSink(out, internal::TextFormat::kJsonl);
  if (EndsWith(out, ".tsv")) return internal::OpenTextSink(out, internal::TextFormat::kTsv);
  return internal::OpenSqliteSink(out);
}

namespace internal {

Result<std::unique_ptr<EventSink>> OpenTextSink(const std::string& path, TextFormat format) {
  auto sink = std::make_unique<TextSink>(path, format);
  if (Status s = sink->Open(); !s.ok()) return s.error();
  return std::unique_ptr<EventSink>(std::move(sink));
}

std::string IssuesText(const std::vector<code::IssueCount>& issues) {
  std::string out;
  for (const code::IssueCount& i : issues) {
    if (!out.empty()) out += ';';
    out += i.code;
    out += ',';
    out += std::to_string(i.count);
  }
  return out;
}

std::vector<code::IssueCount> ParseIssues(std::string_view text) {
  std::vector<code::IssueCount> out;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    const std::string_view item = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    const std::size_t comma = item.rfind(',');
    if (comma == std::string_view::npos) continue;
    int count = 0;
    const char* first = item.data() + comma + 1;
    const char* last = item.data() + item.size();
    const auto [ptr, ec] = std::from_chars(first, last, count);
    if (ec != std::errc() || ptr != last) continue;
    out.push_back({std::string(item.substr(0, comma)), count});
  }
  return out;
}

}  // namespace internal
}  // namespace casus::store
