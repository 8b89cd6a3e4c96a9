// cdk.json: the command that runs a CDK app. hoist reads Python CDK apps
// (python/cdk_app.cpp) and the Node.js functions of TypeScript and
// JavaScript ones (javascript/js_cdk.cpp); for a TypeScript, JavaScript or
// other app (Go, Java, C#), -v says once what of it is read.
#include "core/deployment.h"
#include "core/yaml_location.h"

namespace hoist {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// The language of the app `command` runs, with the file it names
/// ("TypeScript", "bin/app.ts"); "" for a Python app, "another language"
/// for one neither Python, TypeScript nor JavaScript (Go, Java, C#).
std::pair<std::string, std::string> app_language(const std::string &command) {
  std::pair<std::string, std::string> found;
  std::size_t start = 0;
  while (start < command.size()) {
    std::size_t end = command.find_first_of(" \t", start);
    if (end == std::string::npos)
      end = command.size();
    std::string word = command.substr(start, end - start);
    start = end + 1;
    if (word.find("python") != std::string::npos || ends_with(word, ".py"))
      return {};
    if (ends_with(word, ".ts"))
      found = {"TypeScript", word};
    else if (ends_with(word, ".js") || ends_with(word, ".mjs") ||
             ends_with(word, ".cjs"))
      found = {"JavaScript", word};
  }
  if (found.first.empty())
    found = {"another language", "'" + command + "'"};
  return found;
}

} // namespace

// The CDK CLI reads cdk.json from its working directory and runs the app's
// command there, and the asset constructs resolve a relative path against
// that directory (`path.resolve(props.path)` in aws-cdk-lib's
// aws-s3-assets/lib/asset.ts); hence the `path.join(__dirname, ...)` in the
// CDK's own examples:
// https://docs.aws.amazon.com/cdk/v2/guide/cli.html (cdk.json "in the
// project directory"),
// https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3_assets-readme.html
std::filesystem::path cdk_app_directory(const std::filesystem::path &module_dir) {
  std::error_code error;
  for (std::filesystem::path dir = module_dir;; dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "cdk.json", error))
      return dir;
    if (dir == dir.parent_path())
      return module_dir;
  }
}

void read_cdk_config(const SourceFilePtr &file, DeploymentScan &out) {
  auto loaded = load_yaml(file->text());
  auto *stream = std::get_if<YamlStream>(&loaded);
  if (!stream || stream->documents.empty() || !stream->documents[0]->is_map())
    return; // cdk synth says what is wrong with it
  const YamlNode *app = stream->documents[0]->get("app");
  std::string command = yaml_string(app);
  if (command.empty())
    return;
  // A CDK app may build a function's image from any Dockerfile: its
  // constructs are not read here.
  ++out.configurations_read;
  out.image_functions = true;
  auto [language, named] = app_language(command);
  if (language.empty())
    return;
  const bool other = language == "another language";
  std::string what = other ? "the CDK app " + named +
                                 " is not Python, TypeScript or JavaScript"
                           : "the CDK app in " + named + " is " + language;
  std::string read =
      other
          ? "; hoist reads CDK apps in Python, TypeScript and JavaScript "
            "only, so the handlers of the functions it defines are found by "
            "their names, as without deployment configuration"
          : "; hoist reads the Node.js functions its files define "
            "(NodejsFunction's entry and handler, lambda.Function's asset "
            "and handler) when they are among the files checked, and finds "
            "the handlers of its other functions by their names";
  out.notices.push_back({Severity::Warning, yaml_location(file, *app), what + read,
                         true});
}

} // namespace hoist
