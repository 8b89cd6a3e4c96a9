#include "output/fingerprint.h"

#include <cstdint>
#include <cstdio>
#include <map>

namespace hoist {
namespace {

/// FNV-1a, 64 bit: fixed across platforms and releases, unlike std::hash.
std::uint64_t fnv1a(const std::string &text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string_view trimmed(std::string_view text) {
  auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

} // namespace

std::vector<std::string>
partial_fingerprints(const std::vector<Diagnostic> &diagnostics) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const Diagnostic &diagnostic : diagnostics) {
    const SourceFile &file = *diagnostic.location.file;
    std::size_t line = file.position(diagnostic.location.range.begin).line;
    std::string key = diagnostic.rule_id + '\0' + file.path() + '\0' +
                      std::string(trimmed(file.lines().line_text(line)));
    int occurrence = seen[key]++;
    char hex[32];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(
                      fnv1a(key + '\0' + std::to_string(occurrence))));
    out.emplace_back(hex);
  }
  return out;
}

} // namespace hoist
