#include "cpp/name_scope.h"

namespace hoist::cpp {

void NameScope::add(Kind kind, std::string name, std::string target,
                    uint32_t from, uint32_t to) {
  entries_.push_back({kind, std::move(name), std::move(target), from, to});
}

void NameScope::add_declared(std::string name) {
  declared_.insert(std::move(name));
}

std::vector<NameCandidate> NameScope::candidates(const std::string &spelled,
                                                 uint32_t at) const {
  return resolve(spelled, at, 0);
}

std::vector<NameCandidate> NameScope::resolve(const std::string &spelled,
                                              uint32_t at, int depth) const {
  const std::string first = spelled.substr(0, spelled.find("::"));
  const std::string rest = spelled.substr(first.size());
  auto visible = [&](const Entry &entry) {
    return entry.from <= at && at < entry.to;
  };
  const Entry *named = nullptr; // the innermost: declared last
  for (const Entry &entry : entries_)
    if (entry.kind != Kind::Directive && entry.name == first &&
        visible(entry) && (!named || entry.from > named->from))
      named = &entry;
  // (An alias of an alias resolves in turn; a cycle does not compile.)
  if (named && depth < 8)
    return resolve(named->target + rest, named->from, depth + 1);
  std::vector<NameCandidate> names{{spelled, {}}};
  if (named || declared_.count(first))
    return names;
  // The innermost first: entries are added in the file's order.
  for (auto entry = entries_.rbegin(); entry != entries_.rend(); ++entry)
    if (entry->kind == Kind::Directive && visible(*entry))
      names.push_back({entry->target + "::" + spelled, entry->target});
  return names;
}

} // namespace hoist::cpp
