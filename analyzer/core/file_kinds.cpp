#include "core/file_kinds.h"

#include <mutex>

namespace hoist {
namespace {

FileKinds &table() {
  static FileKinds kinds;
  return kinds;
}

std::once_flag filled;

} // namespace

const FileKind *file_kind_of(std::string_view name, const FileKinds &kinds) {
  std::size_t slash = name.rfind('/');
  if (slash != std::string_view::npos)
    name.remove_prefix(slash + 1);
  for (const FileKind &kind : kinds)
    if (kind.matches(name))
      return &kind;
  return nullptr;
}

const FileKinds &registered_file_kinds() { return table(); }

const FileKind *file_kind_of(std::string_view name) {
  return file_kind_of(name, table());
}

void register_file_kinds(const std::function<FileKinds()> &kinds) {
  std::call_once(filled, [&] { table() = kinds(); });
}

} // namespace hoist
