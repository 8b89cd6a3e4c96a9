#include "cpp/cpp_file_names.h"

#include "core/file_discovery.h"

namespace hoist::cpp {

bool is_cpp_source(std::string_view name) {
  std::string_view extension = extension_of(name);
  return extension == ".cpp" || extension == ".cc" || extension == ".cxx" ||
         extension == ".c++" || extension == ".cp" || extension == ".C" ||
         extension == ".CPP" || extension == ".CC" || extension == ".CXX" ||
         extension == ".CP";
}

bool is_cpp_file(std::string_view name) {
  std::string_view extension = extension_of(name);
  // Headers, and the files of inline and template definitions that
  // headers include.
  return is_cpp_source(name) || extension == ".h" || extension == ".hh" ||
         extension == ".hpp" || extension == ".hxx" || extension == ".H" ||
         extension == ".HH" || extension == ".HPP" || extension == ".HXX" ||
         extension == ".inl" || extension == ".ipp" || extension == ".tcc";
}

} // namespace hoist::cpp
