#include "python/unchecked_files.h"

#include <variant>

#include "core/paths.h"

namespace hoist::python {

UncheckedFiles::UncheckedFiles(const std::vector<DiscoveredFile> &files,
                               const std::string &base, const Overlay *overlay,
                               std::uintmax_t max_file_size,
                               std::size_t max_bytes)
    : overlay_(overlay), max_file_size_(max_file_size), max_bytes_(max_bytes) {
  for (const DiscoveredFile &file : files) {
    files_.push_back(absolute_path(base, file.path));
    display_.push_back(file.display_path);
  }
}

const ReadFiles &UncheckedFiles::texts() const {
  std::call_once(once_, [&] {
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < files_.size(); ++i) {
      auto loaded =
          load_source(files_[i], display_[i], overlay_, max_file_size_);
      auto *text = std::get_if<SourceFilePtr>(&loaded);
      if (!text)
        continue;
      if ((bytes += (*text)->text().size()) > max_bytes_)
        break;
      texts_.emplace(files_[i], std::move(*text));
    }
  });
  return texts_;
}

} // namespace hoist::python
