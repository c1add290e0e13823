// UTF-8 checks and repair for text that arrives from the web in any state.
// All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace casus::utf8 {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos if `s` is valid.
std::size_t FindInvalid(std::string_view s);

// Returns `s` with each invalid sequence replaced by U+FFFD; `replaced` (optional)
// receives the number of replacements. Valid input is returned unchanged.
std::string Repair(std::string_view s, std::size_t* replaced = nullptr);

// True when `s` looks like binary data rather than text: NUL bytes or many control
// characters in its first kilobytes. Decides "skipped: not-text".
bool LooksBinary(std::string_view s);

// Appends the UTF-8 encoding of code point `cp` to `out` (invalid cp -> U+FFFD).
void Append(std::string& out, char32_t cp);

// Decodes one code point at `s[i]`, advancing `i`; invalid bytes give U+FFFD and
// advance by one byte.
char32_t Next(std::string_view s, std::size_t& i);

}  // namespace casus::utf8
