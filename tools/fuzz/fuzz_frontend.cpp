// Fuzzes the Python front-end, every Python rule and the fix engine on
// arbitrary bytes: analysis must not crash, and when the input parses
// cleanly, the text after every applicable fix must parse cleanly too.
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/data_dir.h"
#include "core/utf8.h"
#include "python/python_front_end.h"
#include "python/syntax_tree.h"

namespace {

using namespace hoist;

struct Setup {
  RuleRegistry registry = RuleRegistry::load(find_data_dir() / "rules");
  std::shared_ptr<const python::ApiCatalogue> catalogue =
      std::make_shared<python::ApiCatalogue>(python::ApiCatalogue::load(
          find_data_dir() / "rules" / "catalogue.json"));
};

std::size_t errors_in(const std::string &text) {
  auto file = std::make_shared<SourceFile>("app.py", text);
  return python::SyntaxTree::parse(file)->error_count();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static Setup setup;
  std::string text(reinterpret_cast<const char *>(data), size);
  // What SourceFile::load would refuse never reaches the front-end.
  if (text.find('\0') != std::string::npos || find_invalid_utf8(text))
    return 0;
  const std::filesystem::path path = "/nonexistent-fuzz/app.py";
  Overlay overlay{{path.string(), text}};
  AnalysisOptions options;
  options.registry = &setup.registry;
  for (const RuleInfo &rule : setup.registry.rules())
    options.enabled_rules.insert(rule.id);
  options.jobs = 1;
  options.overlay = &overlay;
  std::vector<DiscoveredFile> files{{path, path.string()}};
  const std::vector<ConfiguredHandler> none;
  engine::ReportSuppressions no_report = [](auto &, auto &, auto &) {};
  engine::IgnoredForFile none_ignored = [](const Diagnostic &) {
    return false;
  };
  engine::FrontEndRun fixed =
      python::PythonFrontEnd(options, setup.catalogue)
          .run({files, none, FixLevel::Unsafe, no_report, none_ignored});
  if (errors_in(text) == 0)
    for (const auto &[absolute, file] : fixed.changed)
      if (errors_in(file.fixed) != 0)
        __builtin_trap(); // a fix broke code that parsed
  return 0;
}
