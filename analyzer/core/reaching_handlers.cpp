#include "core/reaching_handlers.h"

#include <algorithm>
#include <filesystem>

namespace hoist {
namespace {

bool same(const ReachingHandler &a, const ReachingHandler &b) {
  return a.name == b.name && a.location.file && b.location.file &&
         a.location.file->path() == b.location.file->path();
}

/// `module/path.name`, as a deployment file names the handler.
std::string handler_string(const ReachingHandler &handler) {
  if (!handler.location.file)
    return handler.name;
  std::filesystem::path module(handler.location.file->path());
  return module.replace_extension().string() + "." + handler.name;
}

constexpr std::size_t kNamed = 3; ///< other handlers a message names

} // namespace

void add_reaching_handlers(Diagnostic &kept, const Diagnostic &other) {
  for (const ReachingHandler &handler : other.handlers)
    if (std::none_of(kept.handlers.begin(), kept.handlers.end(),
                     [&](const ReachingHandler &seen) {
                       return same(seen, handler);
                     }))
      kept.handlers.push_back(handler);
}

void name_other_handlers(Diagnostic &diagnostic) {
  const std::vector<ReachingHandler> &handlers = diagnostic.handlers;
  if (handlers.size() < 2)
    return;
  std::string anchor = "handler '" + handlers.front().name + "'";
  std::size_t at = diagnostic.message.find(anchor);
  if (at == std::string::npos)
    return;
  bool one_file = std::all_of(
      handlers.begin(), handlers.end(), [&](const ReachingHandler &handler) {
        return handler.location.file && handlers.front().location.file &&
               handler.location.file->path() ==
                   handlers.front().location.file->path();
      });
  std::vector<std::string> labels;
  for (const ReachingHandler &handler : handlers)
    labels.push_back(one_file ? handler.name : handler_string(handler));
  std::string others;
  for (std::size_t i = 1; i < labels.size() && i <= kNamed; ++i)
    others += (i > 1 ? ", '" : "'") + labels[i] + "'";
  if (labels.size() - 1 > kNamed)
    others += ", ...";
  std::size_t count = labels.size() - 1;
  std::string first = one_file ? anchor
                               : "handler '" + labels.front() + "'";
  diagnostic.message.replace(
      at, anchor.size(),
      first + " (and " + std::to_string(count) + " other handler" +
          (count == 1 ? "" : "s") + ": " + others + ")");
}

} // namespace hoist
