#pragma once

#include <vector>

#include "core/deployment.h"
#include "python/name_resolver.h"

namespace hoist::python {

/// The Lambda functions a Python CDK app defines in `module`:
///   aws_lambda.Function(..., handler="index.handler",
///                       code=aws_lambda.Code.from_asset("lambda"),
///                       runtime=aws_lambda.Runtime.PYTHON_3_12)
///   PythonFunction(..., entry="lambda", index="app.py", handler="main")
/// Asset paths are relative to the CDK app (the directory with cdk.json,
/// else the module's directory); strings, paths and runtimes may be computed
/// from names and `__file__` (see AppReader). A runtime hoist cannot tell is
/// Python's when the handler names a Python module that exists.
/// `unread` gets, for -v, a note at each function construct it could not
/// read, saying why (a value it cannot compute, an asset directory that is
/// not there).
std::vector<ConfiguredHandler>
cdk_handlers(const NameResolver &resolver, const ModuleModel &module,
             std::vector<DeploymentNotice> *unread = nullptr);

} // namespace hoist::python
