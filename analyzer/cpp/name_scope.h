#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace hoist::cpp {

/// A name a spelled C++ name may stand for, as the syntactic mode reads
/// the file's using directives, using declarations and aliases.
struct NameCandidate {
  std::string name;
  /// The using directive's namespace it was found through, if any.
  std::string directive;
};

/// What a file's using directives, using declarations, namespace aliases and
/// type aliases make of a spelled name at a place in the file: each is seen
/// from where it is declared to the end of its block, namespace body or
/// file, and an inner one hides an outer one of the same name.
class NameScope {
public:
  enum class Kind { Directive, Declaration, Alias };
  /// `name`: what a declaration or an alias declares (empty for a
  /// directive); `target`: what it names, as spelled at `from`.
  void add(Kind kind, std::string name, std::string target, uint32_t from,
           uint32_t to);
  /// A name the file itself declares (a class, a namespace, a typedef, a
  /// template parameter): never reached through a using directive.
  void add_declared(std::string name);

  /// The qualified names `spelled` (without a leading "::") may stand for at
  /// offset `at`: itself, or what an alias or using declaration of its first
  /// component names; then, unless the file declares that first component,
  /// the same name inside each using directive's namespace, innermost first.
  std::vector<NameCandidate> candidates(const std::string &spelled,
                                        uint32_t at) const;

private:
  struct Entry {
    Kind kind;
    std::string name, target;
    uint32_t from, to;
  };
  std::vector<NameCandidate> resolve(const std::string &spelled, uint32_t at,
                                     int depth) const;
  std::vector<Entry> entries_;
  std::set<std::string> declared_;
};

} // namespace hoist::cpp
