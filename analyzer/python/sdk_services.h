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

/// True when the botocore hoist was built beside has a model of `service` at
/// `version` ("dynamodb", "2012-08-10"): a client built with another
/// api_version raises DataNotFoundError.
bool sdk_knows_api_version(std::string_view service, std::string_view version);

/// True when boto3 has a resource API for `service` (s3, dynamodb, ec2 ...):
/// `boto3.resource` of any other raises ResourceNotExistsError.
bool sdk_has_resources(std::string_view service);

} // namespace hoist::python
