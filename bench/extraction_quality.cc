// Article-extraction quality on the article-extraction benchmark (dev half):
// runs ExtractFromHtml in process over every page and scores the text against
// the ground truth with the benchmark's own metric.
//
//   extraction_quality [--pages DIR] [--truth FILE] [--worst N] [--predictions FILE]
//
// Metric (as the benchmark's evaluate.py computes it): tokens are the matches of
// \w+ (Unicode word characters: letters, marks, digits, connector punctuation;
// case kept); each text becomes a multiset of 4-token shingles (a text of fewer
// than four tokens is one shingle). Per page, TP counts shingles in both texts
// with multiplicity, FP predicted-only, FN truth-only. Corpus precision is the
// mean page precision over pages with a non-empty prediction, corpus recall the
// mean page recall over all pages, F1 their harmonic mean. Accuracy is the share
// of pages whose token sequence equals the truth's exactly.
//
// Exits 0 with "skipped: ... absent" when the benchmark folder is not there.
#include <unicode/uchar.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/stream.h"
#include "base/utf8.h"
#include "text/text.h"

namespace {

namespace fs = std::filesystem;

// Python's re \w under Unicode, as the brief of the metric states it.
bool IsWordChar(char32_t cp) {
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
    case U_CONNECTOR_PUNCTUATION:
      return true;
    default:
      return false;
  }
}

std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = casus::utf8::Next(text, i);
    if (IsWordChar(cp)) {
      current.append(text.substr(start, i - start));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

using Shingles = std::unordered_map<std::string, int>;

Shingles ShinglesOf(const std::vector<std::string>& tokens) {
  constexpr std::size_t kN = 4;
  Shingles out;
  if (tokens.empty()) return out;
  const std::size_t count = tokens.size() >= kN ? tokens.size() - kN + 1 : 1;
  for (std::size_t i = 0; i < count; ++i) {
    std::string s;
    for (std::size_t k = i; k < std::min(i + kN, tokens.size()); ++k) {
      if (k > i) s.push_back(' ');
      s += tokens[k];
    }
    ++out[s];
  }
  return out;
}

struct PageScore {
  std::string id;
  double tp = 0, fp = 0, fn = 0;
  bool exact = false;
  double precision() const { return tp + fp > 0 ? tp / (tp + fp) : 0; }
  double recall() const { return tp + fn > 0 ? tp / (tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

PageScore Compare(const std::string& truth, const std::string& predicted) {
  PageScore s;
  const auto t_tokens = Tokenize(truth), p_tokens = Tokenize(predicted);
  s.exact = t_tokens == p_tokens;
  const Shingles t = ShinglesOf(t_tokens), p = ShinglesOf(p_tokens);
  for (const auto& [key, tc] : t) {
    const auto it = p.find(key);
    const int pc = it == p.end() ? 0 : it->second;
    s.tp += std::min(tc, pc);
    s.fn += std::max(0, tc - pc);
  }
  for (const auto& [key, pc] : p) {
    const auto it = t.find(key);
    const int tc = it == t.end() ? 0 : it->second;
    s.fp += std::max(0, pc - tc);
  }
  return s;
}

bool ReadAll(const std::string& path, std::string& out) {
  auto source = casus::OpenInput(path);
  if (!source.ok()) return false;
  casus::BufferedReader in(std::move(source.value()));
  in.ReadExact(std::size_t{1} << 30, out);
  return !in.error();
}

}  // namespace

int main(int argc, char** argv) {
  std::string base = std::string(CASUS_DEFAULT_SHARED_DIR) + "/peers/article-extraction";
  std::string pages = base + "/html", truth_path = base + "/ground-truth-dev.json", predictions_path;
  std::size_t worst = 10;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--pages" && has_value) pages = argv[++i];
    else if (a == "--truth" && has_value) truth_path = argv[++i];
    else if (a == "--worst" && has_value) worst = std::stoul(argv[++i]);
    else if (a == "--predictions" && has_value) predictions_path = argv[++i];
    else {
      std::cerr << "usage: extraction_quality [--pages DIR] [--truth FILE] [--worst N] [--predictions FILE]\n";
      return 2;
    }
  }
  std::error_code ec;
  if (!fs::is_directory(pages, ec) || !fs::is_regular_file(truth_path, ec)) {
    std::cout << "skipped: article-extraction benchmark absent (" << pages << ", " << truth_path << ")\n";
    return 0;
  }
  std::ifstream truth_file(truth_path);
  const nlohmann::json truth = nlohmann::json::parse(truth_file, nullptr, false);
  if (truth.is_discarded() || !truth.is_object()) {
    std::cerr << "extraction_quality: cannot read " << truth_path << "\n";
    return 1;
  }

  std::vector<PageScore> scores;
  nlohmann::json predictions = nlohmann::json::object();
  double seconds = 0, bytes = 0;
  int missing = 0;
  for (const auto& [id, entry] : truth.items()) {
    std::string html;
    if (!ReadAll(pages + "/" + id + ".html.gz", html) && !ReadAll(pages + "/" + id + ".html", html)) {
      ++missing;
      continue;
    }
    html = casus::utf8::Repair(html);
    const std::string url = entry.value("url", "");
    const auto t0 = std::chrono::steady_clock::now();
    const auto article = casus::text::ExtractFromHtml(html, url);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    bytes += static_cast<double>(html.size());
    const std::string predicted = article.ok() ? article.value().text : "";
    if (!predictions_path.empty()) predictions[id] = {{"articleBody", predicted}};
    PageScore s = Compare(entry.value("articleBody", ""), predicted);
    s.id = id;
    scores.push_back(std::move(s));
  }
  if (scores.empty()) {
    std::cout << "skipped: no benchmark pages found in " << pages << "\n";
    return 0;
  }

  double p_sum = 0, r_sum = 0, exact = 0;
  int p_pages = 0, r_pages = 0;
  for (const PageScore& s : scores) {
    if (s.tp + s.fp > 0) {
      p_sum += s.precision();
      ++p_pages;
    }
    if (s.tp + s.fn > 0) {
      r_sum += s.recall();
      ++r_pages;
    }
    exact += s.exact;
  }
  const double precision = p_pages ? p_sum / p_pages : 0, recall = r_pages ? r_sum / r_pages : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("pages: %zu (missing %d)\n", scores.size(), missing);
  std::printf("precision: %.4f\nrecall: %.4f\nf1: %.4f\naccuracy: %.4f\n", precision, recall, f1,
              exact / static_cast<double>(scores.size()));
  std::printf("in-process extraction: %.1f pages/s, %.1f MB/s\n", static_cast<double>(scores.size()) / seconds,
              bytes / 1e6 / seconds);
  std::sort(scores.begin(), scores.end(), [](const PageScore& a, const PageScore& b) { return a.f1() < b.f1(); });
  std::printf("worst %zu pages by F1:\n", std::min(worst, scores.size()));
  for (std::size_t i = 0; i < std::min(worst, scores.size()); ++i) {
    const PageScore& s = scores[i];
    std::printf("  %.3f  P %.3f  R %.3f  %s\n", s.f1(), s.precision(), s.recall(), s.id.c_str());
  }
  if (!predictions_path.empty()) std::ofstream(predictions_path) << predictions.dump(1) << "\n";
  return 0;
}
