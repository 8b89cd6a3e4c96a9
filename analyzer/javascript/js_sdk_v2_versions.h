#pragma once

#include <string>

#include "javascript/js_catalogue.h"
#include "javascript/js_module.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// Why the SDK v2 client `construction` builds (`new AWS.S3({...})`, `new
/// S3()` of `aws-sdk/clients/s3`, a DocumentClient that builds its
/// DynamoDB) may throw for the API version it asks for, or "". v2 builds a
/// client on the newest model it bundles no newer than that version (the
/// options' `apiVersions[service]` or `apiVersion`, else the global
/// configuration's, which the module, or with `modules` any project module
/// it loads, may set anywhere) and throws when none
/// is that old: an asked date older than the catalogue's oldest model of
/// the service ('javascript_sdk_v2_api_versions'), or a version hoist
/// cannot read (only a literal 'YYYY-MM-DD' or 'latest' is read), may
/// throw.
std::string sdk_v2_version_failure(const JsModule &module,
                                   const JsCatalogue &catalogue,
                                   TSNode construction,
                                   Modules *modules = nullptr);

} // namespace hoist::javascript
