// Fuzzes the JSON and SARIF writers: any message or path bytes (invalid
// UTF-8, control characters) must still give valid JSON.
#include <cstdint>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/data_dir.h"
#include "output/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static hoist::RuleRegistry registry =
      hoist::RuleRegistry::load(hoist::find_data_dir() / "rules");
  std::string bytes(reinterpret_cast<const char *>(data), size);
  std::size_t half = bytes.size() / 2;
  auto file = std::make_shared<hoist::SourceFile>(bytes.substr(0, half),
                                                  bytes.substr(half));
  hoist::Report report;
  report.version = "fuzz";
  report.registry = &registry;
  report.root = "/";
  hoist::Diagnostic diagnostic;
  diagnostic.rule_id = "client-in-handler";
  diagnostic.location = {file, {0, file->text().size()}};
  diagnostic.message = bytes;
  diagnostic.notes.push_back({{file, {0, 0}}, bytes.substr(0, half)});
  hoist::Fix fix;
  fix.title = bytes.substr(half);
  fix.applicability = hoist::Applicability::Safe;
  fix.edits.push_back({file, {0, file->text().size() / 2}, bytes});
  diagnostic.fix = fix;
  report.diagnostics.push_back(diagnostic);
  report.notices.push_back({hoist::Severity::Error, bytes, std::nullopt, bytes});
  for (auto write : {hoist::write_json, hoist::write_sarif}) {
    std::ostringstream out;
    write(out, report);
    (void)nlohmann::json::parse(out.str()); // throws (and aborts) if invalid
  }
  return 0;
}
