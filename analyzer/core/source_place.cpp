#include "core/source_place.h"

namespace hoist {

std::string source_place(const SourceFile &file, std::size_t offset) {
  return file.path() + ":" + std::to_string(file.position(offset).line);
}

} // namespace hoist
