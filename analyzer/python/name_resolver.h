#pragma once

#include <string>

#include "python/api_catalogue.h"
#include "python/module_model.h"

namespace hoist::python {

/// What an expression denotes, as far as hoist can tell without running it:
/// a fully-qualified path (a module, a function, a method of a known type:
/// "boto3", "boto3.client", "boto3.session.Session.client") or an instance of a
/// known type ("boto3.session.Session").
struct Symbol {
  enum class Kind { Unknown, Path, Instance };
  Kind kind = Kind::Unknown;
  std::string path;
};

/// Resolves names and expressions inside one function (or at module scope when
/// no function is given) through imports, aliases and assignments.
class NameResolver {
public:
  NameResolver(const ModuleModel &module, const ApiCatalogue &catalogue,
               const FunctionInfo *function);

  Symbol resolve(TSNode expression) const;
  /// The fully-qualified path of what `call` invokes, or "" when unknown.
  std::string called_path(TSNode call) const;

private:
  enum class Level { Function, Module };
  Symbol resolve(TSNode expression, Level level, int depth) const;
  Symbol resolve_name(const std::string &name, Level level, int depth) const;
  Symbol resolve_bindings(const ScopeBindings &scope, const std::string &name,
                          Level level, int depth) const;

  const ModuleModel &module_;
  const ApiCatalogue &catalogue_;
  const FunctionInfo *function_;
};

} // namespace hoist::python
