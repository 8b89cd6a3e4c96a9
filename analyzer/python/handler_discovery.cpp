#include "python/handler_discovery.h"

#include <algorithm>
#include <fnmatch.h>
#include <sstream>

namespace hoist::python {
namespace {

std::vector<std::string> split_path(const std::string &path) {
  std::vector<std::string> parts;
  std::stringstream stream(path);
  std::string part;
  while (std::getline(stream, part, '/'))
    if (!part.empty() && part != ".")
      parts.push_back(part);
  return parts;
}

bool ends_with(const std::vector<std::string> &parts,
               const std::vector<std::string> &suffix) {
  return suffix.size() <= parts.size() &&
         std::equal(suffix.rbegin(), suffix.rend(), parts.rbegin());
}

bool is_identifier(const std::string &text) {
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0])))
    return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

bool named_like(const std::string &name,
                std::initializer_list<const char *> names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const char *candidate) { return name == candidate; });
}

bool looks_like_event(const std::string &name) {
  return named_like(name, {"event", "evt", "_event"});
}

bool looks_like_context(const std::string &name) {
  return named_like(name, {"context", "ctx", "_context", "_"});
}

/// Handler-shaped parameters: exactly two positional ones named like
/// (event, context).
bool has_handler_parameters(const FunctionInfo &function) {
  const auto &parameters = function.parameters;
  return parameters.size() == 2 &&
         parameters[0].kind == Parameter::Kind::Positional &&
         parameters[1].kind == Parameter::Kind::Positional &&
         looks_like_event(parameters[0].name) &&
         looks_like_context(parameters[1].name);
}

const std::string *matching_pattern(const std::string &name,
                                    const std::vector<std::string> &patterns) {
  for (const std::string &pattern : patterns)
    if (fnmatch(pattern.c_str(), name.c_str(), 0) == 0)
      return &pattern;
  return nullptr;
}

bool is_glob(const std::string &pattern) {
  return pattern.find_first_of("*?[") != std::string::npos;
}

} // namespace

std::optional<HandlerSpec> HandlerSpec::parse(const std::string &text,
                                              std::string &error) {
  auto dot = text.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
    error =
        "handler '" + text + "' is not of the form 'path/to/module.function'";
    return std::nullopt;
  }
  HandlerSpec spec;
  spec.text = text;
  spec.function = text.substr(dot + 1);
  std::string module = text.substr(0, dot);
  std::replace(module.begin(), module.end(), '.', '/');
  spec.module_components = split_path(module);
  if (spec.module_components.empty() || !is_identifier(spec.function)) {
    error =
        "handler '" + text + "' is not of the form 'path/to/module.function'";
    return std::nullopt;
  }
  return spec;
}

bool HandlerSpec::matches_file(const std::string &path) const {
  std::vector<std::string> parts = split_path(path);
  std::vector<std::string> as_module = module_components;
  as_module.back() += ".py";
  if (ends_with(parts, as_module))
    return true;
  std::vector<std::string> as_package = module_components;
  as_package.push_back("__init__.py");
  return ends_with(parts, as_package);
}

std::vector<Handler> find_handlers(const ModuleModel &module,
                                   const std::string &path,
                                   const HandlerOptions &options,
                                   std::vector<HandlerSpecMatch> &matches) {
  std::vector<Handler> handlers;
  auto module_level = [](const FunctionInfo &function) {
    return function.class_name.empty();
  };
  if (!options.specs.empty()) {
    for (std::size_t i = 0; i < options.specs.size(); ++i) {
      const HandlerSpec &spec = options.specs[i];
      if (!spec.matches_file(path))
        continue;
      const FunctionInfo *found = nullptr;
      for (const FunctionInfo &function : module.functions())
        if (module_level(function) && function.name == spec.function)
          found = &function; // the last definition is the one bound
      matches.push_back({i, found != nullptr});
      if (found)
        handlers.push_back(
            {found, "named by the handler string '" + spec.text + "'", true});
    }
    return handlers;
  }
  for (const FunctionInfo &function : module.functions()) {
    if (!module_level(function))
      continue;
    const std::string *pattern =
        matching_pattern(function.name, options.name_patterns);
    bool shaped = has_handler_parameters(function);
    if (!pattern && !shaped)
      continue;
    Handler handler{&function, "", false};
    if (pattern) {
      handler.reason =
          "its name matches the handler pattern '" + *pattern + "'";
      // A glob like '*_handler' also catches helpers (error_handler(exc));
      // only an event-like first parameter or an exact name makes it sure.
      handler.confident = !is_glob(*pattern) || shaped ||
                          (!function.parameters.empty() &&
                           looks_like_event(function.parameters[0].name));
    } else {
      handler.reason = "its parameters are named like (event, context)";
      handler.confident = true;
    }
    handlers.push_back(std::move(handler));
  }
  return handlers;
}

} // namespace hoist::python
