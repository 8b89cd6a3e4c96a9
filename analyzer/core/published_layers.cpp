// Layers AWS publishes, whose content is known: a handler module missing
// from a function's code cannot come from them.
#include "core/published_layers.h"

#include <algorithm>
#include <regex>

namespace hoist {
namespace {

struct PublishedLayer {
  std::string_view account; ///< "" when it differs by region
  std::string_view name_prefix;
  std::vector<std::string> modules;
};

const std::vector<PublishedLayer> &published_layers() {
  static const std::vector<PublishedLayer> kLayers{
      // https://docs.powertools.aws.dev/lambda/python/latest/#lambda-layer
      {"017000801446", "AWSLambdaPowertools", {"aws_lambda_powertools"}},
      // Extensions: an agent under /opt/extensions, and for ADOT an exec
      // wrapper that runs the function's own handler.
      {"", "LambdaInsightsExtension", {}},
      {"", "aws-otel-", {}},
      {"", "AWSOpenTelemetryDistro", {}},
      {"", "AWS-Parameters-and-Secrets-Lambda-Extension", {}},
  };
  return kLayers;
}

} // namespace

std::optional<std::vector<std::string>>
published_layer_modules(std::string_view layer) {
  // `arn:aws:lambda:<region>:<account>:layer:<name>:<version>`, the region
  // maybe written `${AWS::Region}` or `${var.region}`.
  static const std::regex kArn(R"((\d{12}):layer:([A-Za-z0-9_-]+))");
  std::match_results<std::string_view::const_iterator> match;
  if (!std::regex_search(layer.begin(), layer.end(), match, kArn))
    return std::nullopt;
  const std::string account = match[1].str(), name = match[2].str();
  for (const PublishedLayer &known : published_layers())
    if ((known.account.empty() || known.account == account) &&
        name.compare(0, known.name_prefix.size(), known.name_prefix) == 0)
      return known.modules;
  return std::nullopt;
}

bool cannot_hold_handler_module(std::string_view layer,
                                std::string_view handler) {
  std::optional<std::vector<std::string>> modules =
      published_layer_modules(layer);
  if (!modules)
    return false;
  const std::string top(handler.substr(0, handler.find_first_of("./")));
  return std::find(modules->begin(), modules->end(), top) == modules->end();
}

} // namespace hoist
