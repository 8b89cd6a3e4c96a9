#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "python/syntax_tree.h"

namespace hoist::python {

/// True when a call of `callee` (its text) loads a module by the name or
/// the file it is given, not by an import statement: `__import__`,
/// `importlib.import_module`, `runpy.run_module` and `run_path`,
/// `importlib.util.spec_from_file_location`, a `SourceFileLoader`,
/// `imp.load_source`. Another function that loads a handler's module so
/// runs the code hoisted into it at its own INIT.
bool loads_by_name(std::string_view callee);

/// True when `text` (a module) may call one of loads_by_name's loaders, or
/// `exec` code it has read: a byte scan.
bool may_load_by_name(std::string_view text);

/// The import path a call that loads_by_name loads, when hoist can tell:
/// the name given as a string literal, or as a name bound once at module
/// level to one (`MOD = "app"`); a file's module name, from the literal
/// that names a `.py` file (`os.path.join(here, "app.py")` loads `app`).
/// Nothing for a name hoist cannot tell (`import_module(os.environ[k])`)
/// or a relative one.
std::optional<std::string> loaded_name(const SyntaxTree &tree, TSNode call);

/// True when `call` loads code hoist cannot name: a loads_by_name call
/// without a loaded_name, or `exec` of code not written out (`exec(
/// compile(f.read(), ...))`): it may load any module of the project.
bool loads_unknown_code(const SyntaxTree &tree, TSNode call);

} // namespace hoist::python
