// Reader of the hand-written coding gold set (bench/data/gold_events.txt; the format
// is described in that file's header). Shared by bench/coder_accuracy and the
// file's integrity test so that both read it the same way. Not thread-safe state;
// pure functions.
#pragma once

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace casus::test {

struct GoldEvent {
  std::string source, code, target, by;  // actor codes, CAMEO code, reporter ("" if none)
  bool negated = false;                   // written with a leading '!'
  int line = 0;
};

struct GoldRecord {
  int line = 0;
  std::string date, sentence;
  bool none = false;  // "E: none": no event expected
  std::vector<GoldEvent> events;
};

inline std::string GoldTrim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

inline std::vector<std::string> GoldFields(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

inline bool IsGoldCode(const std::string& c) {
  return c.size() >= 2 && c.size() <= 4 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

inline bool IsGoldDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[static_cast<std::size_t>(i)] < '0' || d[static_cast<std::size_t>(i)] > '9') return false;
  }
  return true;
}

// Reads `path` into `records`; every problem goes to `errors` as "path:line: message".
// Returns true when there was none.
inline bool ReadGoldFile(const std::string& path, std::vector<GoldRecord>* records, std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) {
    errors->push_back(path + ": cannot open");
    return false;
  }
  std::string raw, date;
  int n = 0;
  const auto error = [&](const std::string& m) { errors->push_back(path + ":" + std::to_string(n) + ": " + m); };
  while (std::getline(in, raw)) {
    ++n;
    std::string line = GoldTrim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (const auto hash = line.find(" #"); hash != std::string::npos) line = GoldTrim(line.substr(0, hash));
    if (line.rfind("@date", 0) == 0) {
      const std::vector<std::string> f = GoldFields(line);
      if (f.size() != 2 || f[0] != "@date" || !IsGoldDate(f[1])) {
        error("malformed @date line");
      } else {
        date = f[1];
      }
    } else if (line.rfind("S:", 0) == 0) {
      GoldRecord r;
      r.line = n;
      r.date = date;
      r.sentence = GoldTrim(line.substr(2));
      if (r.sentence.empty()) error("empty sentence");
      if (date.empty()) error("sentence before any @date");
      records->push_back(std::move(r));
    } else if (line.rfind("E:", 0) == 0) {
      if (records->empty()) {
        error("E: line before any S: line");
        continue;
      }
      GoldRecord& r = records->back();
      const std::vector<std::string> f = GoldFields(line.substr(2));
      if (f.size() == 1 && f[0] == "none") {
        if (r.none || !r.events.empty()) error("'none' together with other E: lines");
        r.none = true;
        continue;
      }
      if (f.size() < 3 || f.size() > 4 || (f.size() == 4 && f[3].rfind("by=", 0) != 0)) {
        error("expected 'E: SOURCE CODE TARGET [by=REPORTER]' or 'E: none'");
        continue;
      }
      if (r.none) error("'none' together with other E: lines");
      GoldEvent e;
      e.line = n;
      e.source = f[0];
      if (!e.source.empty() && e.source[0] == '!') {
        e.negated = true;
        e.source = e.source.substr(1);
      }
      e.code = f[1];
      e.target = f[2];
      if (f.size() == 4) e.by = f[3].substr(3);
      if (!IsGoldCode(e.code)) error("bad CAMEO code '" + e.code + "'");
      r.events.push_back(std::move(e));
    } else {
      error("unrecognised line");
    }
  }
  for (const GoldRecord& r : *records) {
    if (!r.none && r.events.empty()) errors->push_back(path + ":" + std::to_string(r.line) + ": sentence without E: lines");
  }
  return errors->empty();
}

}  // namespace casus::test
