#pragma once

#include <string>
#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// The first read of the environment (`os.environ.get`, `os.getenv`,
/// `os.environ[...]`) in `code`, code of `scope` that builds with `call`,
/// or in the module-level names it reads (`ENDPOINT =
/// os.environ.get("S3_ENDPOINT", "")`), as written, that may make building
/// fail where its variable is not set; "" when there is none. What it reads
/// may be set for one function whose handler is in the module and not for
/// another. Not counted: a variable Lambda sets for every function
/// (`AWS_REGION`), and the reads of an argument of `call` that botocore
/// builds with where they are not set, each read taken as its default
/// (None without one): `region_name=os.getenv("TABLE_REGION")` (None is
/// "not given"), `region_name=os.environ.get("R", "us-west-2").strip()`. A
/// default hoist cannot evaluate, or one botocore refuses
/// (`endpoint_url=os.environ.get("S3_ENDPOINT", "")`), counts.
std::string environment_read(const NameResolver &resolver, Scope scope,
                             TSNode call, const std::vector<TSNode> &code);

} // namespace hoist::python
