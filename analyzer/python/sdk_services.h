#pragma once

#include <string_view>

namespace hoist::python {

/// True when `service` ("s3", "bedrock-runtime") is a service of the botocore
/// hoist was built beside (Debian's python3-botocore). Lambda's Python runtimes
/// ship a newer botocore, so a service that one knows, they know; a name it
/// does not know may be newer, misspelt or a preview, and building its client
/// may raise UnknownServiceError. False for every name when hoist was built
/// without botocore's data.
bool sdk_knows_service(std::string_view service);

} // namespace hoist::python
