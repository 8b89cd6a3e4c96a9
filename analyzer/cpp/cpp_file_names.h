#pragma once

#include <string_view>

namespace hoist::cpp {

/// A C++ source: what Clang's driver compiles as C++, by its name's
/// extension (upper case too: `.C`, `.CPP`).
bool is_cpp_source(std::string_view name);

/// A C++ source or header, by its name's extension.
bool is_cpp_file(std::string_view name);

} // namespace hoist::cpp
