#pragma once

#include <string_view>

namespace hoist::javascript {

/// A TypeScript module, by its name's extension (`.ts`, `.mts`, `.cts`,
/// `.tsx`); declaration files (`.d.ts`) hold no code that runs.
bool is_typescript_file(std::string_view name);

/// A JavaScript or TypeScript module, by its name's extension.
bool is_javascript_file(std::string_view name);

} // namespace hoist::javascript
