// Shared by the build-time generators of src/lexicon/gen: writing data as C++
// source. Pure functions.
#pragma once

#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace casus::lexicon::gen {

// `s` as a C++ string literal: quotes and backslashes escaped, control and
// non-ASCII bytes as three-digit octal (so the literal is plain ASCII), '?'
// escaped against trigraphs.
inline std::string CString(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else if (c == '?') {
      out += "\\?";
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

// Writes `constexpr char NAME[] = ...;` holding the concatenation of `pieces`, as
// adjacent literals of about 90 characters a line (compilers limit one literal).
inline void WriteConcatenated(std::ostream& out, const std::string& name, const std::vector<std::string>& pieces) {
  out << "constexpr char " << name << "[] =\n";
  std::string line;
  for (const std::string& piece : pieces) {
    line += piece;
    if (line.size() > 90) {
      out << "    " << CString(line) << "\n";
      line.clear();
    }
  }
  out << "    " << CString(line) << ";\n";
}

}  // namespace casus::lexicon::gen
