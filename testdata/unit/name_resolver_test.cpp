#include <gtest/gtest.h>

#include "core/data_dir.h"
#include "python/api_catalogue.h"
#include "python/module_cache.h"
#include "python/name_resolver.h"
#include "scratch_dir.h"

namespace hoist::python {
namespace {

/// What `x` is where `f` of the module in `file` returns it, asked while
/// with_module holds the module.
std::string returned_by_f(const ModuleCache &cache,
                          const NameResolver &resolver,
                          const std::string &file) {
  std::string path;
  cache.with_module(file, [&](const ModuleModel &module) {
    const FunctionInfo *f = module.function_named("f");
    TSNode statement =
        ts_node_named_child(f->body, ts_node_named_child_count(f->body) - 1);
    path = resolver.resolve(ts_node_named_child(statement, 0), {&module, f})
               .path;
  });
  return path;
}

// Modules loaded one after another for a question each (with_module) may
// reuse the memory of the one dropped before: the resolver's answers about
// the first must not answer for the second.
TEST(NameResolver, AnswersAboutADroppedModuleDoNotOutliveIt) {
  testing::ScratchDir scratch;
  const std::vector<std::string> factories = {
      "client", "resource", "Session", "resource", "Session", "client"};
  std::vector<std::string> files;
  for (const std::string &factory : factories)
    files.push_back(
        scratch
            .write("m" + std::to_string(files.size()) + ".py",
                   "import boto3\ndef f():\n    x = boto3." + factory +
                       "\n    return x\n")
            .string());
  ModuleCache cache(scratch.path(), nullptr, {"boto3"});
  ApiCatalogue catalogue =
      ApiCatalogue::load(find_data_dir() / "rules" / "catalogue.json");
  NameResolver resolver(cache, catalogue, {scratch.path().string()});
  for (std::size_t i = 0; i < files.size(); ++i)
    EXPECT_EQ(returned_by_f(cache, resolver, files[i]), "boto3." + factories[i])
        << files[i];
  EXPECT_EQ(cache.modules_dropped(), files.size());
}

} // namespace
} // namespace hoist::python
