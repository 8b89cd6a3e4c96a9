#pragma once

#include "cli/options.h"
#include "verify/verification.h"

namespace hoist::cli {

/// The variables a Python or Node.js handler runs with under verify besides
/// Lambda's and hoist's: those of the function a deployment file in its
/// project configures with this handler (a SAM or CloudFormation template's
/// `Environment: Variables` over `Globals`, serverless.yml's
/// `environment` over `provider.environment`), with `--env` over them.
/// Returns them in `function.environment`, and what was set from where.
/// The project is the one the task root belongs to (find_project_root), or
/// the task root itself.
verify::VerifiedEnvironment configured_environment(FunctionOptions &function);

} // namespace hoist::cli
