// Fuzzes the configuration readers: TOML (pyproject.toml / hoist.toml), the
// deployment files (SAM/CloudFormation YAML or JSON, serverless.yml,
// Dockerfile) and the cache's directory listings. Malformed input must give
// an error, never a crash.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/config.h"
#include "core/deployment.h"
#include "core/listed_directories.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  static const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("hoist-fuzz-config-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const char *name : {"hoist.toml", "pyproject.toml"}) {
    std::ofstream(dir / name, std::ios::binary | std::ios::trunc) << text;
    hoist::ConfigError error;
    (void)hoist::load_config(dir / name, error);
  }
  auto file = std::make_shared<hoist::SourceFile>(
      (dir / "template.yaml").string(), text);
  hoist::DeploymentScan scan;
  hoist::DeploymentContext context;
  hoist::read_sam_template(file, context, scan);
  hoist::read_serverless_config(file, context, scan);
  hoist::read_dockerfile(file, scan);
  if (auto listings = hoist::ListedDirectories::deserialize(text)) {
    std::vector<hoist::ListedEntry> entries;
    listings->find("/", entries);
    (void)listings->serialize();
  }
  return 0;
}
