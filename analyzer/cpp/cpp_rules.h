#pragma once

namespace hoist::cpp {

/// The rules the C++ front-end implements; each is the clang-tidy check
/// `awslambda-<rule>`.
inline constexpr const char *kCppRules[] = {
    "client-in-handler", "connection-in-handler", "handler-signature",
    "sdk-init-in-handler"};

} // namespace hoist::cpp
