#pragma once

#include <string_view>

namespace hoist::python {

/// True when `service` ("s3", "bedrock-runtime") is a service every botocore
/// since the one hoist was built beside (Debian's python3-botocore) knows:
/// one of that botocore's, not retired by AWS since (later releases dropped
/// retired services' models). A name it does not know may be newer,
/// misspelt, a preview or retired, and building its client may raise
/// UnknownServiceError. False for every name when hoist was built without
/// botocore's data.
bool sdk_knows_service(std::string_view service);

} // namespace hoist::python
