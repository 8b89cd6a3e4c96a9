#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/diagnostic.h"

namespace hoist::cpp {

/// One expensive-to-build C++ API: its catalogue entry (a qualified name,
/// '*' matching any run of characters), a class or a function.
struct CppApi : CatalogueEntry {
  enum class Kind { Class, Function };
  Kind kind = Kind::Class;
  /// Tied to Aws::InitAPI/ShutdownAPI: it must not outlive ShutdownAPI, so
  /// its safe place is main(), not namespace scope or a local static.
  bool sdk_object = false;
  /// A function's: the type it returns when that owns what it builds (a
  /// smart pointer or an object, `std::shared_ptr<tao::pq::connection>`);
  /// empty for a handle released by hand (`PGconn *`).
  std::string returns;

  /// Why moving it into main() can change behaviour; empty when the
  /// catalogue calls that move safe.
  std::string move_risk() const;
};

/// What a finding says of `name`, built from `api` on the invoke path of
/// `handler`: the same words whether Clang or the syntactic mode found it.
std::string construction_message(const CppApi &api, const std::string &name,
                                 const std::string &handler);

/// What such a finding is about: `name`, and what `api` builds.
Subject construction_subject(const CppApi &api, const std::string &name);
/// The hoistability of a construction the main() fix moves, as Python's and
/// JavaScript's findings carry theirs: what it is built from main() can
/// compute before the first invocation; `risk`, the fix's when it is
/// unsafe, is why there is no safe fix. (What no fix moves, for its shape
/// or place, has none: hoist does not judge what it is built from.)
Hoistability moved_to_main(const std::string &risk);

/// Whether a standard container's method `name` builds an element
/// (`emplace`, `emplace_back`, `try_emplace`, `resize`, ..., and a map's
/// `operator[]`, for a key it lacks): of a catalogued class, a
/// construction. `container`: the container's class, unqualified (`map`).
bool builds_element(std::string_view name, std::string_view container);

/// Where the arguments the element is built from begin, in a call of
/// `name` (one builds_element takes) on a standard `container`: after a
/// map's key (`emplace(key, value)`, `try_emplace(key, ...)`), a
/// sequence's position (`emplace(position, ...)`) or count (`resize(count,
/// value)`), a map's hint and key (`emplace_hint(hint, key, value)`). One
/// such argument that is an existing object of the element's class is
/// copied or moved into it (`by_region.emplace("eu", config)`): no object
/// is built there.
std::size_t element_arguments_start(std::string_view name,
                                    std::string_view container);

/// The C++ half of the catalogue: which classes and functions are expensive.
class CppCatalogue {
public:
  static CppCatalogue load(const std::filesystem::path &catalogue_file);

  /// The entry whose pattern matches `qualified_name`, of `kind`, if any.
  const CppApi *match(const std::string &qualified_name,
                      CppApi::Kind kind) const;
  /// Whether an entry is in namespace `outermost` (`pqxx`): a library's.
  bool names_namespace(const std::string &outermost) const;
  /// Adds a class reported by `rule` (a check's ExtraClasses option).
  void add_class(const std::string &name, const std::string &rule);

private:
  struct Entry {
    explicit Entry(CppApi api);
    CppApi api;
    /// How many characters the pattern spells before its first wildcard
    /// and after its last: every name it matches begins and ends so.
    std::size_t prefix, suffix;
    bool literal; ///< no wildcard: it matches only itself
  };
  std::vector<Entry> entries_;
};

} // namespace hoist::cpp
