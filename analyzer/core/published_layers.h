#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hoist {

/// The top-level modules a layer AWS publishes puts where Lambda looks for
/// a handler's module (`/opt/python`), known from the layer's ARN as a
/// deployment file writes it (its region substituted or not): Powertools
/// for AWS Lambda (Python), `017000801446:layer:AWSLambdaPowertools*`, ships
/// `aws_lambda_powertools`; the extensions (Lambda Insights, ADOT, the
/// Parameters and Secrets extension) ship none. Nothing for another layer,
/// whose content is not known.
std::optional<std::vector<std::string>>
published_layer_modules(std::string_view layer);

/// True when `layer` is one AWS publishes whose content cannot hold the
/// module of the handler string `handler` (`index.lambda_handler`,
/// `src/app.handler`).
bool cannot_hold_handler_module(std::string_view layer,
                                std::string_view handler);

} // namespace hoist
